import XrunCLI
