package pii

// ibanLength is the full IBAN length (country code, check digits and BBAN)
// of every country in the SWIFT IBAN registry. A candidate whose country is
// missing here, or whose length differs, is not an IBAN.
var ibanLength = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16,
	"BG": 22, "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22,
	"CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20,
	"EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22,
	"GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21,
	"HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30,
	"KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
	"LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
	"MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
	"PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
	"RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24,
	"SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26,
	"UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}

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
