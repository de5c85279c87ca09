package pii

// ibanExamples are IBANs printed in standards and bank documentation. They
// pass the checksum but belong to nobody, so they are reported at Low.
var ibanExamples = map[string]bool{
	"DE89370400440532013000":       true,
	"GB82WEST12345698765432":       true,
	"GB29NWBK60161331926819":       true,
	"GB33BUKB20201555555555":       true,
	"FR1420041010050500013M02606":  true,
	"FR7630006000011234567890189":  true,
	"NL91ABNA0417164300":           true,
	"NL02ABNA0123456789":           true,
	"CH9300762011623852957":        true,
	"BE68539007547034":             true,
	"AT611904300234573201":         true,
	"ES9121000418450200051332":     true,
	"IT60X0542811101000000123456":  true,
	"NO9386011117947":              true,
	"SE4550000000058398257466":     true,
	"PL61109010140000071219812874": true,
}
