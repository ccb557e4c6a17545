import NSSCore

/// "¿No te sabes tu CURP?".
enum LookupCases {
    static let all = [
        ContractCase("lookupFindsThePersonIgnoringAccentsAndCase") { try await lookupFindsThePersonIgnoringAccentsAndCase($0) },
        ContractCase("lookupWithOtherBirthDataFindsNobody") { try await lookupWithOtherBirthDataFindsNobody($0) },
    ]

    static func query(_ person: PersonRecord, _ transform: (String) -> String) -> PersonQuery {
        PersonQuery(givenNames: transform(person.givenNames), firstSurname: person.firstSurname.map(transform),
                    secondSurname: person.secondSurname.map(transform), birthDate: person.birthDate,
                    sex: person.sex, birthState: person.birthState)
    }

    /// How a person types on a keyboard without accents: lowercase, no diacritics.
    static func typedPlainly(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }))
    }

    static func lookupFindsThePersonIgnoringAccentsAndCase(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithNSS") { try await harness.curpWithNSS(in: session.backend) }
        let (_, person) = try await session.started(curp)
        let asRegistered = query(person) { $0 }
        let plain = query(person, typedPlainly)
        for (label, lookup) in [("as registered", asRegistered), ("typed plainly", plain)] {
            let matches = try await step("lookupCURP") { try await session.backend.lookupCURP(lookup) }
            try expect(matches.contains { $0.curp == curp }, "looking the person up \(label) did not find \(curp)")
            try expect(matches.allSatisfy { $0.curp.birthDate == person.birthDate },
                       "looking the person up \(label) found someone born on another day")
        }
    }

    static func lookupWithOtherBirthDataFindsNobody(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithNSS") { try await harness.curpWithNSS(in: session.backend) }
        let (_, person) = try await session.started(curp)
        var other = query(person) { $0 }
        other.birthState = person.birthState == .NE ? .NT : .NE
        let matches = try await step("lookupCURP") { try await session.backend.lookupCURP(other) }
        try expect(!matches.contains { $0.curp == curp }, "a look-up with another birth state found \(curp)")
    }
}
