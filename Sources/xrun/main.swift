import Glibc
import XrunCLI

exit(XrunMain.main(CommandLine.arguments))
