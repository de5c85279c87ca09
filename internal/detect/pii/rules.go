package pii

import "github.com/mcpshield/mcpshield/internal/detect"

// ipNegatives rule out dotted quads that are versions.
var ipNegatives = words("version", "release", "build", "v", "ver")

// ruleTable is every rule, in priority order: for one number span the
// first rule that matches at a position takes it. It is read-only.
//
// Each rule carries its own samples: tp must give a finding of the rule's
// type at the rule's severity, lo one below High, fp none of that type.
var ruleTable = []rule{
	{
		id: "pii-email", typ: TypeEmail, trigger: onAt, severity: detect.High,
		at: matchEmail, explain: explainEmail,
		tp: []string{
			"Lars Siddiqui: larssiddiqui6@outlook.com",
			"contact <jane.doe+news@mail.acme-corp.co.uk>.",
			"mailto:kwame-iyer14@proton.me",
			`{"email":"o.kahale19@yahoo.com"}`,
			// a business word in the host name is no business context
			"GET https://api.helpdesk.acme-corp.io/v1/users?email=ingrid.solberg@protonmail.com&include=tickets",
		},
		lo: []string{
			"write to alice@example.com", "bob@corp.example.org",
			"Helpdesk: Mara Lind, mara.lind@acme-corp.io",
			"noreply@github.com", "12345+octo@users.noreply.github.com",
			"support@acme.io", "attacker@dev-attacker.test", "svc@db.cluster.local",
		},
		fp: []string{
			"icon@2x.png", "npm i react@18.2.0", "@scope/pkg@1.2.3",
			"git@github.com:owner/repo.git", "ssh -T git@gitlab.com",
			"postgres://app:s3cret@db.acme.com:5432/app", "{{user}}@acme.com",
			"${USER}@acme.com", "user@localhost", "user@servername", "@mention me",
			"foo@bar", "image@sha256:abc", "jane@acme.${TLD}", "a..b@x.com",
		},
	},
	{
		id: "pii-ipv4", typ: TypeIPAddress, trigger: onNumber, severity: detect.Low,
		negative: ipNegatives, number: matchIPv4, explain: explainIP,
		tp: []string{"client 81.2.69.160 connected", "from 8.8.8.8:53"},
		lo: []string{"bind 127.0.0.1:8080", "host 10.20.4.17", "doc 192.0.2.1", "192.168.1.1"},
		fp: []string{"version 1.2.3.4", "v1.2.3.4", "1.2.3.4.5", "256.1.1.1", "01.02.03.04", "3.14"},
	},
	{
		id: "pii-credit-card", typ: TypeCreditCard, trigger: onNumber, severity: detect.High,
		keywords: cardWords, negative: numberNegatives, number: matchCard, explain: explainCard,
		tp: []string{
			"Zofia Peretz: cc 4812827971018359", "card 5538 2617 2786 7820",
			"amex 3472 908610 74788", "343167643162608", "pay with 6011-3773-1302-6375",
			"4434838202827599.", "jcb 3530 1113 3300 0014",
			"lunch order: 4772-3836-6460-4723 exp 09/27 cvv 398", "order 4772383664604723, CVV 398",
			`"amount": 4999, "number": "4038727978833990", "exp": "0426"`,
			"Kartennummer geschickt (5189-0570-2544-0969, gültig bis 03/28)", "cartão 4039.3127.7410.4240",
			"カード番号：3505 9465 0427 2673", "信用卡号是4039312774104240", "카드 3505-9465-0427-2673",
		},
		lo: []string{"card 4242 4242 4242 4242", "4111111111111111", "5555-5555-5555-4444"},
		fp: []string{
			"4812827971018358", "1234 5678 9012 3456", "order 5473089259650192",
			"ISBN 9780306406157", "9400 1000 0000 0000 0000 00", "tracking 4434838202827599", "order 4772383664604723, 11/20", "order 4772383664604723 expedited", "ticket 4772383664604723 valid until 12/27",
			"4434 8382 0282 7599 1234", "ts=1712345678901", "id 4434838202827599",
			"3505 9465 0427 2673", "订单号 4039312774104240", "v4039.3127.7410.4240", "4039.3127.7410",
		},
	},
	{
		id: "pii-ssn", typ: TypeSSN, trigger: onNumber, severity: detect.High,
		keywords: ssnWords, negative: numberNegatives, number: matchSSN, explain: explainSSN,
		tp: []string{"ssn 748-01-3254", "SSN: 822-11-0686", "social security number 530 67 7344", "SSN# 530677344", "ssn 040-29-9025", "id|name|ssn\n1|Ann Lee|513-61-5960"},
		lo: []string{"ssn 078-05-1120", "123-45-6789"},
		fp: []string{
			"427-00-5418", "666-72-4203", "983-79-7813", "000-38-7720", "530-67-0000",
			"530677344", "530 67 7344", "order 530-67-7344", "2024-08-02",
		},
	},
	{
		id: "pii-phone-e164", typ: TypePhone, trigger: onNumber, severity: detect.High,
		negative: numberNegatives, number: matchE164, explain: explainPhone,
		skipHostLabels: true,
		tp: []string{
			"Dmitri Adeyemi: call +33 6 35 46 10 37", "+1 720-297-7212", "+44 20 7946 1234",
			// a host's label is no context word: "order" here says nothing
			"https://order.shop.example/c?to=+33 6 35 46 10 37",
			"+44 (0)20 7946 1234", "+4915172938465", "tel:+91-98765-43210", "+1.2086851750",
		},
		lo: []string{"Registrar Abuse Contact Phone: +1.2086851750", "+1 234 567 8900", "+1 555 010 1234", "+1 800 555 1234", "+44 7700 900123", "+999 1234 5678"},
		fp: []string{
			"2024-08-02T02:17:33+0000", "UTC+05:30", "+5 points", "+1 123 456 7890",
			"+33 6 35", "x +12345", "order +33 6 35 46 10 37",
		},
	},
	{
		id: "pii-phone-nanp", typ: TypePhone, trigger: onNumber, severity: detect.High,
		keywords: phoneWords, negative: numberNegatives, number: matchNANP, explain: explainPhone,
		skipHostLabels: true,
		tp: []string{
			"call 305.792.4653", "(512) 269-1311", "512-439-6131", "1-512-439-6131",
			"phone 512 439 6131", "Phone: 5124396131", "(512)269-1311", "phone=512-439-6131",
		},
		lo: []string{"512 439 6131", "(555) 123-4567", "555-555-0123", "1-800-555-1234"},
		fp: []string{
			"123-456-7890", "5124396131", "order 512-439-6131", "512-439-61310",
			"v512.439.6131", "512-911-6131", "#512-439-6131", "192.168.100.1000",
		},
	},
	{
		id: "pii-phone-br", typ: TypePhone, trigger: onNumber, severity: detect.High,
		keywords: phoneWords, negative: numberNegatives, number: matchBrazil, explain: explainPhone,
		skipHostLabels: true,
		tp: []string{
			"(11) 98473-2615", "Celular: 21 99654-3187", "telefone (31) 3274-5190",
			"contato: (11)98473-2615.", `{"fone": "61 98215-4730"}`,
		},
		lo: []string{"(31) 3274-5190", "85 99654-3187", "cel (11) 91234-5678"},
		fp: []string{
			"order (11) 98473-2615", "(10) 98473-2615", "11 12345-6789", "(11) 6274-5190",
			"2024 10 21-1234", "v11 98473-2615", "price 11 95432-1000,00",
		},
	},
	{
		id: "pii-phone-national", typ: TypePhone, trigger: onNumber, severity: detect.High,
		keywords: phoneWords, negative: numberNegatives, number: matchNational, explain: explainPhone,
		skipHostLabels: true,
		tp: []string{
			"Tel. 030 28471936", "mobile: 07911 583624", "phone 020 7946 0018",
			"wants a callback, best number is 07911 583 624",
			"call 0033 6 35 46 10 37", "whatsapp 98765 43210", "tél 06.48.27.19.53",
			"電話 03-5412-7788", "Handy: 0151 29384756", "mobile 0412 583 624", "ph (02) 9874 5312",
			"name,phone\nVikram Reddy,0122 055 3302", "| name | Mobile |\n|---|---|\n| Ann | 0151 29384756 |",
			"id\tname\ttel\nA\tAnn\t030 28471936",
			"王女士的手机号是 138 1742 9963，她希望", "연락처: 010-3481-7729", "전화번호는 010-3481-7729",
			"電話番号は090-4821-7736です",
		},
		lo: []string{
			"06 48 27 19 53", "Tel. 030 12345678", "03-5412-7788", "090-3412-7788",
			"(02) 9876 5432", "07911 583624", "07911 583 624",
		},
		fp: []string{
			"030 12345678", "ISBN 0-306-40615-2", "call 2 of 3", "order 0151 23456789",
			"phone 12 34", "978-3-16-148410-0", "2024 08 02 12 00", "98765 43210",
			"订单号 138 1742 9963", "주문번호: 010-3481-7729", "手机订单号 138 1742 9963",
			"00-5412-7788", "3-5412-7788", "2024-05-12", "v0.12.3", "03-12-2024",
			"(12) 9876 5432", "order 03-5412-7788", "0123 456789", "total 07911 583624", "total 07911 583 624", "06911 583 624",
			"05-2024-0001", "case 01-1998-4412",
			"name,order\nAnn,030 28471936", "tracking;phone\n030 28471936;x", "phone\n030 28471936",
			"name,phone 2\nAnn,030 28471936", "Call me or not, whatever you think is best for all of us here\n030 28471936,x",
		},
	},
	{
		id: "pii-iban", typ: TypeIBAN, trigger: onIBAN, severity: detect.High,
		text: matchIBAN, explain: explainIBAN,
		tp: []string{
			"Eitan Krause: iban NL12BEBP6308878436", "FR82 1151 4370 2867 0233 8457 479",
			"IBAN: DE21406610576620864418.", "IT16X6524273771082166662272",
			"Account IBAN ....... FR82 1151 4370\n2867 0233 8457 479\nCurrency EUR",
			"FR82-1151-4370-2867-0233-8457-479", "FR82.1151.4370.2867.0233.8457.479",
		},
		lo: []string{"DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432"},
		fp: []string{
			"DE89370400440532013001", "NL12BEBP630887843", "NL12BEBP63088784361",
			"DEUTDEFF500", "BIC DEUTDEFFXXX", "XX12345678901234", "nl12bebp6308878436",
			"ANL12BEBP6308878436", "FR82 1151-4370 2867 0233 8457 479", "FR82 1151 4370\n\n2867 0233 8457 479",
		},
	},
	{
		id: "pii-ipv6", typ: TypeIPAddress, trigger: onColon, severity: detect.Low,
		negative: ipNegatives, text: matchIPv6, explain: explainIP,
		tp: []string{"peer 2606:4700:4700::1111 up", "[2a00:1450:4001:82b::200e]:443"},
		lo: []string{"listen [::1]:80", "fe80::1", "2001:db8::42"},
		fp: []string{"12:34:56", "00:1a:2b:3c:4d:5e", "std::vector", "a::b::c", "time 10:30", `{"a":1}`},
	},
}
