/// Names common in Mexico, written as RENAPO records them (capitals, with accents and Ñ), for the demo
/// registry: compound MARÍA/JOSÉ names, surnames with particles (DE LA, DEL, DE LOS, MC) and Ñ.
enum DemoNames {
    static let women = [
        "MARÍA GUADALUPE", "MARÍA DEL CARMEN", "MARÍA DE LOS ÁNGELES", "MARÍA JOSÉ", "MARÍA FERNANDA",
        "MARÍA ELENA", "MARÍA DE JESÚS", "MA. DE LOURDES", "MARÍA", "GUADALUPE", "JUANA", "VERÓNICA",
        "PATRICIA", "ROSA MARÍA", "LETICIA", "ELIZABETH", "ALEJANDRA", "ANA KAREN", "XIMENA", "SOFÍA",
        "VALERIA", "DANIELA", "MÓNICA", "BEATRIZ", "ITZEL", "NOEMÍ", "GABRIELA", "ADRIANA", "CLAUDIA",
        "SILVIA", "YOLANDA", "LAURA", "ARACELI", "ROCÍO", "MARTHA", "IRMA", "CITLALI", "XÓCHITL",
        "ANDREA", "FERNANDA", "RENATA", "REGINA", "CAMILA", "MARISOL", "ESTHER", "CONCEPCIÓN",
    ]

    static let men = [
        "JOSÉ LUIS", "JUAN CARLOS", "MIGUEL ÁNGEL", "JOSÉ ANTONIO", "JOSÉ MARÍA", "JOSÉ DE JESÚS", "JOSÉ",
        "J. GUADALUPE", "JESÚS", "FRANCISCO", "ALEJANDRO", "PEDRO", "RICARDO", "FERNANDO", "JORGE", "RAÚL",
        "SERGIO", "ROBERTO", "JUAN", "LUIS ÁNGEL", "HÉCTOR", "ÓSCAR", "ÁNGEL", "EDUARDO", "DANIEL",
        "ARTURO", "MARIO", "JAVIER", "RAMÓN", "EFRAÍN", "JOAQUÍN", "SANTIAGO", "EMILIANO", "DIEGO",
        "SEBASTIÁN", "LEONARDO", "CUAUHTÉMOC", "GERARDO", "ALFONSO", "ENRIQUE", "ISMAEL", "NOÉ", "ULISES",
        "MAXIMILIANO", "JOSÉ MANUEL", "JUAN PABLO",
    ]

    static let surnames = [
        "HERNÁNDEZ", "GARCÍA", "MARTÍNEZ", "LÓPEZ", "GONZÁLEZ", "RODRÍGUEZ", "PÉREZ", "SÁNCHEZ", "RAMÍREZ",
        "CRUZ", "FLORES", "GÓMEZ", "MORALES", "VÁZQUEZ", "REYES", "JIMÉNEZ", "TORRES", "DÍAZ", "GUTIÉRREZ",
        "RUIZ", "MENDOZA", "AGUILAR", "ORTIZ", "MORENO", "CASTILLO", "ROMERO", "ÁLVAREZ", "MÉNDEZ", "CHÁVEZ",
        "RIVERA", "JUÁREZ", "RAMOS", "DOMÍNGUEZ", "HERRERA", "MEDINA", "CASTRO", "VARGAS", "GUZMÁN",
        "VELÁZQUEZ", "MUÑOZ", "NÚÑEZ", "IBÁÑEZ", "PEÑA", "ZÚÑIGA", "MONTAÑO", "ORDÓÑEZ", "CASTAÑEDA",
        "DE LA CRUZ", "DE LA O", "DEL ÁNGEL", "DE LOS SANTOS", "DE LEÓN", "DEL VALLE", "LLAMAS", "ÑECO",
        "MC GREGOR", "OCHOA", "UICAB", "UC", "CHI", "PECH", "XOLALPA", "QUIÑONES", "BRISEÑO", "SALDAÑA",
    ]
}
