package pii

// nsnRange is the length range, in digits, of a national significant number
// (the part after the country calling code).
type nsnRange struct{ min, max uint8 }

// callingCodes maps ITU-T E.164 country calling codes to the length of the
// national numbers behind them. Calling codes are prefix-free, so at most one
// of the 1-, 2- and 3-digit prefixes of a number is in the table. Ranges are
// kept a little loose: they only need to separate phone numbers from other
// digit runs, not to validate every numbering plan.
var callingCodes = map[string]nsnRange{
	"1": {10, 10}, "7": {10, 10},
	"20": {8, 10}, "27": {9, 9}, "30": {10, 10}, "31": {9, 9}, "32": {8, 9},
	"33": {9, 9}, "34": {9, 9}, "36": {8, 9}, "39": {6, 11}, "40": {9, 9},
	"41": {9, 9}, "43": {7, 13}, "44": {9, 10}, "45": {8, 8}, "46": {7, 10},
	"47": {8, 8}, "48": {9, 9}, "49": {6, 12}, "51": {8, 9}, "52": {10, 10},
	"53": {8, 8}, "54": {10, 11}, "55": {10, 11}, "56": {9, 9}, "57": {10, 10},
	"58": {10, 10}, "60": {8, 10}, "61": {9, 9}, "62": {8, 12}, "63": {9, 10},
	"64": {8, 10}, "65": {8, 8}, "66": {8, 9}, "81": {9, 10}, "82": {8, 10},
	"84": {9, 10}, "86": {9, 11}, "90": {10, 10}, "91": {10, 10}, "92": {9, 10},
	"93": {9, 9}, "94": {9, 9}, "95": {8, 10}, "98": {10, 10},
	"212": {9, 9}, "213": {9, 9}, "216": {8, 8}, "218": {9, 9}, "221": {9, 9},
	"225": {10, 10}, "233": {9, 9}, "234": {8, 10}, "237": {9, 9}, "251": {9, 9},
	"254": {9, 9}, "255": {9, 9}, "256": {9, 9}, "260": {9, 9}, "263": {9, 9},
	"351": {9, 9}, "352": {6, 11}, "353": {7, 9}, "354": {7, 7}, "356": {8, 8},
	"357": {8, 8}, "358": {6, 10}, "359": {8, 9}, "370": {8, 8}, "371": {8, 8},
	"372": {7, 8}, "373": {8, 8}, "374": {8, 8}, "375": {9, 9}, "380": {9, 9},
	"381": {8, 9}, "385": {8, 9}, "386": {8, 8}, "387": {8, 8}, "389": {8, 8},
	"420": {9, 9}, "421": {9, 9}, "852": {8, 8}, "853": {8, 8}, "855": {8, 9},
	"880": {10, 10}, "886": {8, 9}, "961": {7, 8}, "962": {8, 9}, "963": {9, 9},
	"964": {10, 10}, "965": {8, 8}, "966": {9, 9}, "971": {8, 9}, "972": {8, 9},
	"973": {8, 8}, "974": {8, 8}, "977": {8, 10}, "994": {9, 9}, "995": {9, 9},
	"998": {9, 9},
}

// callingCode splits a digit string (no separators) into a known calling
// code and the rest.
func callingCode(digits []byte) (cc string, r nsnRange, ok bool) {
	for n := 1; n <= 3 && n < len(digits); n++ {
		if r, ok := callingCodes[string(digits[:n])]; ok {
			return string(digits[:n]), r, true
		}
	}
	return "", nsnRange{}, false
}
