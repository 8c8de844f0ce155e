import XrunCore
