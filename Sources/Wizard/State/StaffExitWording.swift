/// What the staff exit of a kiosk says, once for both front ends.
public enum StaffExitWording {
    public static let wrongPIN = "PIN incorrecto. Esta salida es solo para el personal de la oficina."
    public static let locked = "Demasiados PIN incorrectos: la salida del personal se abre de nuevo en unos minutos."
}
