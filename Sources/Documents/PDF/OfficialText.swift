/// The constancia's fixed wording, exactly as the IMSS sample in the seed
/// (/work/shared/seed/000_79b76512524b62e1.txt) prints it.
enum OfficialText {
    static let gobMx = "gob.mx"
    static let instituto = "Instituto Mexicano del Seguro Social"
    /// The institute's name as the header sets it, in two lines.
    static let institutoEnDosLineas = ["Instituto Mexicano", "del Seguro Social"]
    static let tituloConstancia = "Asignación de Número de Seguridad Social"
    static let tituloTarjeta = "Tarjeta de Número de Seguridad Social"
    static let homoclaveDelTramiteEtiqueta = "Homoclave del trámite"
    static let homoclaveDelTramite = "IMSS-02-008"
    static let homoclaveDelFormatoEtiqueta = "Homoclave del formato"
    static let homoclaveDelFormato = "FF-IMSS-013"
    static let haceConstar = "El Instituto Mexicano del Seguro Social hace constar que se recuperó el siguiente:"
    /// The first legal paragraph.
    static let unicoPermanente = "Este Número de Seguridad Social es único, permanente e intransferible y se asigna para el control del registro de los trabajadores o sujetos de aseguramiento y sus beneficiarios; las prestaciones en especie y en dinero se otorgarán cuando hayan cumplido con los requisitos previstos en la Ley del Seguro Social y sus Reglamentos; la individualización de los recursos en las Administradoras de Fondos para el Retiro (AFORE) y el Instituto del Fondo Nacional de la Vivienda de los Trabajadores (INFONAVIT) se efectuará durante el período en que se encuentre inscrito con un patrón."
    /// The second legal paragraph.
    static let registroUMF = "El trabajador se registrará en la U.M.F. asignada, de acuerdo a su domicilio cuando un patrón lo inscriba en el Instituto."
    /// The heading of the privacy notice, dashes included, as the constancia prints it.
    static let avisoDePrivacidadTitulo = "-----Aviso de privacidad-----"
    /// The privacy notice.
    static let avisoDePrivacidad = "Los datos personales recabados serán protegidos, tratados e incorporados en el sistema de datos personales denominado Catálogo Nacional de Asegurados (CANASE) con fundamento en los artículos 22 de la Ley del Seguro Social, 13 fracciones IV y V, 18,19,20 y 21 de la Ley Federal de Transparencia y Acceso a la Información Pública Gubernamental, cuya finalidad es proteger, contener, ordenar y clasificar los datos de los patrones y asegurados. El CANASE está registrado en el Listado de Sistemas de Datos Personales ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (www.inai.org.mx), y será transmitido al INFONAVIT y a la CONSAR con la finalidad de que el asegurado haga valer su derecho de ejercicio de crédito de vivienda y disposición del Seguro de Retiro, además de otras prestaciones previstas en la Ley. La Unidad Administrativa responsable del Sistema de Datos Personales, es la Dirección de Incorporación y Recaudación en coordinación con la Dirección de Innovación y Desarrollo Tecnológico, ambas dependientes del IMSS; en su caso el interesado podrá ejercer los derechos de acceso y corrección en la Subdelegación de control que corresponde al domicilio del patrón o del asegurado. Lo anterior se informa en cumplimiento del decimoséptimo de los Lineamientos de Protección de Datos Personales, publicados en el Diario Oficial de la Federación el 30 de septiembre de 2005."
    /// The heading of the closing notice, dashes included.
    static let avisoImportanteTitulo = "-----Aviso Importante-----"
    /// The closing notice, as the seed has it (its "AFOR" included).
    static let avisoImportante = "Ahora que cuentas con tu número de seguridad social, no olvides acudir a la AFOR de tu preferencia a registrar tu cuenta individual donde se depositarán tus aportaciones de Ahorro para el Retiro. También puedes hacerlo vía electrónica en: www.consar.gob.mx en la sección \"SAR en línea\". Recuerda que es un dato que solicitará tu patrón o empresa al momento de contratarte."
    static let contactoTitulo = "Contacto"
    /// The contact block, line by line.
    static let contacto = [
        "Paseo de la Reforma 476, P.B.",
        "Col. Juárez, Delegación",
        "Cuauhtémoc, C.P. 06600 México, D.F.",
        "Tel. 01 800 623 23 23",
        "http://atencion.contactoimss.com.mx",
    ]
}
