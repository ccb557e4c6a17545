/// The 81 "palabras inconvenientes" of the Instructivo Normativo, Anexo 2: when the first four letters of a
/// CURP would spell one, RENAPO writes X in position 2.
public enum InconvenientWords {
    public static let all: Set<String> = [
        "BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COGI", "COJA",
        "COJE", "COJI", "COJO", "COLA", "CULO", "FALO", "FETO", "GETA", "GUEI", "GUEY", "JETA", "JOTO", "KACA",
        "KACO", "KAGA", "KAGO", "KAKA", "KAKO", "KOGE", "KOGI", "KOJA", "KOJE", "KOJI", "KOJO", "KOLA", "KULO",
        "LILO", "LOCA", "LOCO", "LOKA", "LOKO", "MAME", "MAMO", "MEAR", "MEAS", "MEON", "MIAR", "MION", "MOCO",
        "MOKO", "MULA", "MULO", "NACA", "NACO", "PEDA", "PEDO", "PENE", "PIPI", "PITO", "POPO", "PUTA", "PUTO",
        "QULO", "RATA", "ROBA", "ROBE", "ROBO", "RUIN", "SENO", "TETA", "VACA", "VAGA", "VAGO", "VAKA", "VUEI",
        "VUEY", "WUEI", "WUEY",
    ]

    /// The same words packed as 32-bit big-endian ASCII, for the hot validation path.
    static let packed: Set<UInt32> = Set(all.map { word in
        word.utf8.reduce(UInt32(0)) { ($0 << 8) | UInt32($1) }
    })

    public static func contains(_ fourLetters: String) -> Bool { all.contains(fourLetters) }
}
