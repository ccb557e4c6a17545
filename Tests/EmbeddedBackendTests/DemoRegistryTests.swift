import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

/// The demo population: the same on every machine, big and varied enough for every screen.
@Suite(.runsPrograms) struct DemoRegistryTests {
    static func population() throws -> [PersonRecord] {
        try Fixture().backend.listRegistry(limit: 10_000)
    }

    @Test func demoPopulationIsTheSameEveryTime() throws {
        let first = try Self.population()
        let second = try Self.population()
        #expect(first == second)
        #expect(first.prefix(3).map(\.curp.value) == ["GOMJ910908HTSNRN04", "XORC070223MYNLDLA6", "NUIH601211HTLXBC07"])
    }

    @Test func demoPopulationIsLargeAndValid() throws {
        let people = try Self.population()
        #expect(people.count >= 500)
        #expect(Set(people.map(\.curp)).count == people.count)
        for person in people {
            #expect((try? CURP(person.curp.value)) != nil)
            #expect(person.curp.birthDate == person.birthDate && person.curp.sex == person.sex
                && person.curp.birthState == person.birthState)
            let derived = try CURP.derive(givenNames: person.givenNames, firstSurname: person.firstSurname,
                                          secondSurname: person.secondSurname, birthDate: person.birthDate,
                                          sex: person.sex, state: person.birthState)
            #expect(derived.value.prefix(16) == person.curp.value.prefix(16), "\(person.curp) follows the official rules")
        }
    }

    @Test func aboutFortyPercentAlreadyHaveAnNSS() throws {
        let people = try Self.population()
        let numbers = people.compactMap(\.nss)
        let share = Double(numbers.count) / Double(people.count)
        #expect((0.33...0.47).contains(share), "share with NSS is \(share)")
        #expect(Set(numbers).count == numbers.count)
        #expect(people.filter { $0.nss != nil }.allSatisfy { $0.nss!.birthYear == $0.birthDate.year % 100 })
    }

    @Test func demoPopulationHasTheHardCases() throws {
        let people = try Self.population()
        #expect(people.contains { $0.givenNames.hasPrefix("MARÍA ") })
        #expect(people.contains { $0.givenNames.hasPrefix("JOSÉ ") })
        #expect(people.contains { ($0.firstSurname ?? "").contains("Ñ") || ($0.secondSurname ?? "").contains("Ñ") })
        #expect(people.contains { ($0.firstSurname ?? "").hasPrefix("DE LA ") || ($0.firstSurname ?? "").hasPrefix("DEL ") })
        #expect(people.contains { $0.secondSurname == nil })
        #expect(people.contains { $0.sex == .noBinario })
        #expect(people.contains { $0.birthDate.year >= 2000 } && people.contains { $0.birthDate.year < 1970 })
        let homonyms = Dictionary(grouping: people) { $0.curp.value.prefix(16) }.values.filter { $0.count > 1 }
        #expect(homonyms.count >= 3)
        #expect(homonyms.allSatisfy { Set($0.map { $0.curp.value.dropFirst(16).prefix(1) }).count == $0.count })
    }

    @Test func homonymsAreFoundTogether() async throws {
        let fixture = try Fixture()
        let people = try fixture.backend.listRegistry(limit: 10_000)
        let pair = Dictionary(grouping: people) { $0.curp.value.prefix(16) }.values.first { group in
            group.count > 1 && group.allSatisfy { $0.fullName == group[0].fullName }
        }!
        let person = pair[0]
        let matches = try await fixture.backend.lookupCURP(PersonQuery(
            givenNames: person.givenNames, firstSurname: person.firstSurname, secondSurname: person.secondSurname,
            birthDate: person.birthDate, sex: person.sex, birthState: person.birthState))
        #expect(Set(matches.map(\.curp)) == Set(pair.map(\.curp)))
    }
}
