package secrets

import (
	"regexp"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// passwordLabels are "password" in other languages, as a label before a
// value ("Passwort: …", "mot de passe : …", "パスワード：…"). Upper-case
// forms are listed where the keyword matcher does not fold them (it folds
// ASCII only).
var passwordLabels = []string{
	"passwort", "kennwort", "mot de passe", "contraseña", "contrasena", "senha",
	"wachtwoord", "hasło", "haslo", "lösenord", "losenord", "adgangskode", "passord",
	"salasana", "parola", "heslo", "jelszó", "jelszo", "geslo", "lozinka", "şifre", "sifre",
	"parool", "slaptažodis", "parole", "mật khẩu", "kata sandi", "kata laluan",
	"пароль", "Пароль", "ПАРОЛЬ", "лозинка", "Лозинка", "κωδικός", "Κωδικός",
	"סיסמה", "סיסמא", "كلمة المرور", "كلمة السر", "رمز عبور", "रहस्य शब्द", "पासवर्ड", "รหัสผ่าน",
	"密码", "密碼", "口令", "パスワード", "비밀번호", "암호",
}

// labelRules catch a password given after a label in another language, on
// the line of the label, as a message or a form shows it. The value is
// judged as a password assigned in a config file would be.
func labelRules() []*rule {
	return []*rule{
		{
			id: "password-label", typ: "secret:generic", what: "password", generic: true,
			severity: detect.High,
			keywords: passwordLabels, after: 400,
			re: anchored(`(?i:` + alternation(passwordLabels) + `)[^\S\n]*(?:\([^)\n]{1,40}\))?[^\S\n]*[:=：][^\S\n]*` +
				`["'«„“]?([^\s"'«»“”„,;<>]{6,128})`),
			secret: 1, body: 1, boundary: noBoundary,
			pre:   labelStarts,
			check: labelCheck,
			tps: []string{
				"Benutzer: reporting_ro\nPasswort: «an:8»%«an:9»\n",
				"Identifiant : admin\nMot de passe : «an:12»!«num:2»",
				"usuario: deploy, contraseña: «an:14»#",
				"Логин: ops\nПароль: «an:10»$«num:3»",
				"ユーザー名：admin\nパスワード：«an:12»#«num:3»",
				"Senha (produção): «an:10»@«num:4»",
			},
			fps: []string{
				"Passwort: bitte beim Administrator erfragen",
				"la parola: bellissima",
				"Passwort: ${DB_PASSWORD}",
				"Passwort vergessen? Klicken Sie hier.",
				"Kennwort: siehe Tresor (vault:kv/reporting)",
			},
			infos: []string{
				"Passwort: changeme123",
				"mot de passe : ********",
			},
		},
	}
}

// alternation is a regexp alternation of literal words.
func alternation(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(regexp.QuoteMeta(w))
	}
	return b.String()
}

// labelStarts: the label is not the tail of a longer word ("parola" in
// "laparola"); in scripts written without spaces (a label from U+3000 on:
// Chinese, Japanese, Korean) it may follow other characters ("管理员密码").
func labelStarts(text string, start int, _ *int) bool {
	return start == 0 || text[start] >= 0xE3 || !isWordByte(text[start-1])
}

// isWordByte: an ASCII letter or digit, or a byte of a multi-byte
// character (other scripts' letters).
func isWordByte(b byte) bool { return defaultBoundary(b) || b >= 0x80 }

// labelCheck judges the value after a password label as a password.
func labelCheck(c *candidate) verdict {
	val := strings.TrimRight(c.secret, ".")
	if r := storeReference(val); r != "" {
		return verdict{kind: placeholder, note: r}
	}
	v := judgeValue(val, true, true)
	if why := elided(c.text, c.start+len(val)); why != "" && v.kind != reject {
		v = verdict{kind: placeholder, note: why}
	}
	return v
}
