import Glibc
import XrunCLI

exit(XrunMain.main(XrunMain.startupArguments()))
