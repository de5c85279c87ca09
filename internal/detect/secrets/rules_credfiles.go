package secrets

import (
	"encoding/base64"
	"net/url"
	"regexp"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// credentialRules catch passwords where credential files and command lines
// keep them: URL userinfo of any scheme, curl/wget/sshpass/mysql flags,
// .netrc, Docker config.json, .pgpass, PHP defines, Spring properties, and
// Azure connection strings and SAS tokens.
func credentialRules() []*rule {
	return []*rule{
		{
			// db-connection-url covers database and broker schemes; this
			// rule covers the others (https, ftp, smtp, git+https, ...).
			id: "url-userinfo", typ: "secret:db_connection_string", what: "password in a URL", generic: true,
			severity: detect.High,
			keywords: []string{"://"}, after: 400,
			re:     anchored(`://([^\s"'\x60/?#@<>:]{0,128}):([^\s"'\x60/?#@<>]{0,256})@`),
			secret: 2, body: 2, boundary: noBoundary,
			pre:   userinfoFollows,
			check: urlUserinfoCheck,
			tps: []string{
				"git clone https://deploy:«an:20»@bitbucket.org/acme/app.git",
				"ftp://backup:«an:14»@files.internal/dump.tar",
				"SMTP_URL=smtp://mailer:«url:18»@smtp.sendgrid.net:587",
				"pip install git+https://ci:«an:24»@git.acme.io/lib.git",
				"http://admin:«an:12»@localhost:8080/manager",
			},
			fps: []string{
				"https://user:@example.com/",
				"https://git@github.com/acme/app",
				"https://example.com/a?email=me@example.com",
				"https://api.example.com:443@evil.example/",
				"http://[::1]:8080/",
				"postgres://app:«an:16»@db:5432/app",
			},
			infos: []string{
				"https://user:password@example.com/",
				"https://user:${PASS}@git.acme.io/repo.git",
				"ftp://anonymous:****@ftp.example.org/",
				"https://USERNAME:APP_PASSWORD@bitbucket.org/team/repo.git",
			},
		},
		{
			id: "cli-password", typ: "secret:cli_password", what: "password on a command line", generic: true,
			severity: detect.High,
			keywords: []string{"curl", "wget", "sshpass", "mysql", "pgpassword", "mysql_pwd", "docker login"}, after: 400,
			re: anchored(`(?:curl\b[^\n|;&]{0,300}?\s(?:-u|--user)(?:[ \t]+|=)?|wget\b[^\n|;&]{0,300}?\s--(?:http-|ftp-)?password[= ]|sshpass\s+-p[ \t]*|` +
				`mysql(?:dump|admin|import|sh)?\b[^\n|;&]{0,200}?\s(?:-p|--password=)|docker\s+login\b[^\n|;&]{0,200}?\s(?:-p|--password)(?:[ \t]+|=)|(?i:pgpassword|mysql_pwd)=)` +
				`(?:'([^'\n]{1,200})'|"([^"\n]{1,200})"|([^\s'"|;&]{1,200}))`),
			secret: 0, body: -1, boundary: noBoundary,
			pre:   wordStart,
			check: cliPasswordCheck,
			tps: []string{
				"curl -u deploy:«an:16» https://api.acme.io/v1/items",
				`curl --user "svc:«an:14»" -X POST https://ci.acme.io/job`,
				"wget --password=«an:12» --user=bob ftp://files.acme.io/a.tgz",
				"sshpass -p '«an:12»' ssh root@10.0.0.5",
				"mysql -u root -p«an:12» -h db wordpress",
				"PGPASSWORD=«an:14» psql -h db -U app",
				"docker login -u ci -p «an:16» registry.acme.io",
			},
			fps: []string{
				"curl -u $USER:$TOKEN https://api.acme.io",
				"mysql -u root -p wordpress",
				"curl -u deploy https://api.acme.io",
				"curl -X GET https://x.io | jq . -u",
			},
			infos: []string{
				"curl -u user:password https://api.example.com",
				"mysql -u root -p<password> app",
				"sshpass -p changeme ssh pi@raspberrypi",
				"mysql -u root -p'my-secret-pw' app",
			},
		},
		{
			id: "netrc-password", typ: "secret:netrc_password", what: ".netrc password",
			severity: detect.High,
			keywords: []string{"machine"}, after: 600,
			re:     anchored(`machine[ \t]+\S+\s+login\s+\S+(?:\s+(?:account|port)\s+\S+){0,2}\s+password[ \t]+(\S{1,200})`),
			secret: 1, body: 1, boundary: noBoundary,
			pre:   wordStart,
			check: passwordCheck,
			tps: []string{
				"machine api.heroku.com\n  login me@acme.io\n  password «hex:8»-«hex:4»-«hex:4»-«hex:4»-«hex:12»",
				"machine github.com login deploy password «an:20»",
			},
			fps:   []string{"machine learning login password reset flow", "machine github.com login deploy", "The machine learning password manager"},
			infos: []string{"machine example.com login user password secret"},
		},
		{
			id: "docker-config-auth", typ: "secret:docker_auth", what: "Docker registry credentials",
			severity: detect.High,
			keywords: []string{`"auth"`, `\"auth\"`}, after: 600,
			re:     anchored(`\\?"auth\\?"\s*:\s*\\?"([A-Za-z0-9+/]{8,512}={0,2})\\?"`),
			secret: 1, body: 1, boundary: base64Boundary,
			check: basicAuthCheck,
			tps:   []string{`{"auths": {"https://index.docker.io/v1/": {"auth": "«basic:ci»"}}}`},
			fps:   []string{`{"auth": "«b64:12»"}`, `{"auth": "oauth2"}`},
			infos: []string{`{"auths": {"ghcr.io": {"auth": "dXNlcjpwYXNzd29yZA=="}}}`},
		},
		{
			// hostname:port:database:username:password
			id: "pgpass-line", typ: "secret:db_connection_string", what: ".pgpass password",
			severity: detect.High,
			keywords: []string{":5432:", ":*:"}, after: 600,
			re:     anchored(`:(?:5432|\*):([^:\s]{1,128}):([^:\s]{1,128}):([^:\s]{1,200})[ \t]*(?:\r?\n|$)`),
			secret: 3, body: 3, boundary: noBoundary,
			pre:   pgpassFollows,
			check: pgpassCheck,
			tps: []string{
				"db.internal:5432:billing:app_rw:«an:18»\n",
				"*:*:*:replicator:«an:16»",
			},
			fps:   []string{"10:5432:12:34:56", "listen on host:5432:tcp"},
			infos: []string{"localhost:5432:mydb:postgres:postgres\n", "*:*:*:user:<password>"},
		},
		{
			id: "php-define-secret", typ: "secret:php_define", what: "secret in a PHP define",
			severity: detect.High,
			keywords: []string{"define("}, after: 400,
			re: anchored(`define\(\s*['"]([A-Z0-9_]*(?:PASSWORD|PASS|SECRET|_KEY|SALT|TOKEN)[A-Z0-9_]*)['"]\s*,\s*` +
				`(?:'([^'\n]{1,200})'|"([^"\n]{1,200})")\s*\)`),
			secret: 0, body: -1, boundary: noBoundary,
			check: phpDefineCheck,
			tps: []string{
				"define( 'DB_PASSWORD', '«an:16»' );",
				"define('SECURE_AUTH_SALT', '«b64:40»!«an:10»~«b64:12»');",
				"define( 'NONCE_SALT', '«an:8»<«b64:12»>{«an:10»}|«b64:20»' );",
			},
			fps: []string{"define('DB_USER', 'wordpress');", "define('WP_DEBUG', false);", "define('DB_PASSWORD', getenv('DB_PASSWORD'));"},
			infos: []string{
				"define( 'AUTH_KEY', 'put your unique phrase here' );",
				"define( 'DB_PASSWORD', 'password_here' );",
			},
		},
		{
			id: "spring-password", typ: "secret:spring_password", what: "Spring property password",
			severity: detect.High,
			keywords: []string{"spring."}, after: 300,
			re:     anchored(`spring\.[a-z0-9.-]{0,60}?password[ \t]*[=:][ \t]*([^\s'"]{1,200})`),
			secret: 1, body: 1, boundary: noBoundary,
			pre:   wordStart,
			check: passwordCheck,
			tps:   []string{"spring.datasource.password=«an:14»", "spring.rabbitmq.password: «an:16»"},
			fps:   []string{"spring.datasource.username=app"},
			infos: []string{"spring.datasource.password=${DB_PASSWORD}", "spring.datasource.password=changeme"},
		},
		{
			id: "azure-storage-key", typ: "secret:azure_key", what: "Azure storage account key",
			severity: detect.High,
			keywords: []string{"accountkey="}, after: 120,
			re:     anchored(`(?i:AccountKey=)([A-Za-z0-9+/]{86}==)`),
			secret: 1, body: 1, boundary: base64Boundary,
			check: azureKeyCheck(64),
			tps: []string{
				"DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=«b64:86»==;EndpointSuffix=core.windows.net",
			},
			fps:   []string{"AccountKey=«b64:20»==", "AccountKey=<key>"},
			infos: []string{"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + azuriteKey + ";"},
		},
		{
			id: "azure-shared-access-key", typ: "secret:azure_key", what: "Azure shared access key",
			severity: detect.High,
			keywords: []string{"sharedaccesskey="}, after: 120,
			re:     anchored(`(?i:SharedAccessKey=)([A-Za-z0-9+/]{43}=)`),
			secret: 1, body: 1, boundary: base64Boundary,
			check: azureKeyCheck(32),
			tps: []string{
				"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«b64:43»=",
			},
			fps:   []string{"SharedAccessKey=<key>", "SharedAccessKeyName=send"},
			infos: []string{"Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=" + strings.Repeat("A", 43) + "="},
		},
		{
			id: "azure-sas-token", typ: "secret:azure_sas", what: "Azure SAS token",
			severity: detect.High,
			keywords: []string{"sig="}, after: 200,
			re:     anchored(`sig=([A-Za-z0-9%+/]{40,120}={0,2})`),
			secret: 1, body: 1, boundary: noBoundary,
			check: sasCheck,
			tps: []string{
				"https://acme.blob.core.windows.net/c/a.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&spr=https&sig=«an:20»%2B«an:22»%3D",
				"?sp=racwdl&st=2025-01-01T00:00:00Z&se=2025-12-31T00:00:00Z&sv=2022-11-02&sr=c&sig=«an:43»%3D",
				`AZURE_SAS="sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-06-01T00:00:00Z&sig=«b64:43»="`,
			},
			fps: []string{"sig=«an:43»%3D", "?sv=2022-11-02&sig=abc"},
			infos: []string{
				"?sv=2022-11-02&ss=b&sp=r&se=2026-01-01&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D",
			},
		},
	}
}

// azuriteKey is the Azure storage emulator's published account key.
const azuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/" + "K1SZFPTOtr/KBHBeksoGMGw=="

// userinfoFollows: the authority after "://" has a userinfo with a colon.
func userinfoFollows(text string, start int, _ *int) bool {
	colon := false
	for i := start + 3; i < len(text) && i < start+400; i++ {
		switch b := text[i]; b {
		case '@':
			return colon
		case ':':
			colon = true
		case '/', '?', '#', ' ', '\t', '\n', '\r', '"', '\'', '`', '<', '>':
			return false
		}
	}
	return false
}

// dbSchemeRe: the schemes db-connection-url judges.
var dbSchemeRe = regexp.MustCompile(`(?i)(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|couchdb|neo4j(?:\+s)?)(?:\+[a-z0-9]+)?$`)

// urlUserinfoCheck judges the password of a URL outside the database
// schemes.
func urlUserinfoCheck(c *candidate) verdict {
	i := c.sub[0]
	for i > 0 && i > c.sub[0]-40 && (defaultBoundary(c.text[i-1]) || strings.IndexByte("+.-:", c.text[i-1]) >= 0) {
		i--
	}
	scheme := c.text[i:c.sub[0]]
	if scheme == "" || dbSchemeRe.MatchString(scheme) {
		return verdict{kind: reject}
	}
	user, pass := c.group(1), c.body
	if pass == "" || len(pass) <= 5 && strings.Trim(pass, "0123456789") == "" { // empty, or a port before a stray '@'
		return verdict{kind: reject}
	}
	v := verdict{shown: scheme + "://" + user + ":****@"}
	v.kind, v.note = judgeCommandPassword(user, pass)
	return v
}

// judgeCommandPassword is judgePassword with stand-ins that name what they
// stand for: all-caps words (APP_PASSWORD, TOKEN) and values that say
// "password", "secret" or "token".
func judgeCommandPassword(user, pass string) (verdictKind, string) {
	if dec, err := url.PathUnescape(pass); err == nil {
		if isWordsLike(dec) && strings.ToUpper(dec) == dec || namesCredential(dec) {
			return placeholder, "a name standing for the password"
		}
	}
	if w := placeholderWord(pass); w != "" {
		return placeholder, "contains " + quoteWord(w)
	}
	return judgePassword(user, pass)
}

// cliPasswordCheck judges the value after a password flag; for curl -u
// it is user:password.
func cliPasswordCheck(c *candidate) verdict {
	vs, ve := -1, -1
	for g := 1; g <= 3; g++ {
		if c.sub[2*g] >= 0 {
			vs, ve = c.sub[2*g], c.sub[2*g+1]
			break
		}
	}
	if vs < 0 {
		return verdict{kind: reject}
	}
	val := c.text[vs:ve]
	user := ""
	if lead := strings.ToLower(c.text[c.sub[0]:min(len(c.text), c.sub[0]+4)]); lead == "curl" {
		u, p, ok := strings.Cut(val, ":")
		if !ok || p == "" {
			return verdict{kind: reject}
		}
		user, val = u, p
		vs = ve - len(p)
	}
	if isReference(val) && !strings.HasPrefix(val, "<") || isCodeExpr(val) {
		return verdict{kind: reject}
	}
	v := verdict{start: vs, end: ve, shown: "****"}
	v.kind, v.note = judgeCommandPassword(user, val)
	return v
}

// passwordCheck judges a value known to be a password.
func passwordCheck(c *candidate) verdict {
	if isCodeExpr(c.secret) {
		return verdict{kind: reject}
	}
	v := verdict{shown: "****"}
	v.kind, v.note = judgeCommandPassword("", strings.Trim(c.secret, `"'`))
	return v
}

// pgpassFollows: the keyword follows a host field that starts its line.
func pgpassFollows(text string, start int, _ *int) bool {
	i := start
	for i > 0 && start-i < 256 {
		b := text[i-1]
		if b == '\n' {
			break
		}
		if !(defaultBoundary(b) || b == '.' || b == '-' || b == '_' || b == '*') {
			return false
		}
		i--
	}
	return i < start
}

// pgpassCheck judges a .pgpass password with the line's user name.
func pgpassCheck(c *candidate) verdict {
	host := c.text[strings.LastIndexByte(c.text[:c.sub[0]], '\n')+1 : c.sub[0]]
	user := c.group(2)
	if strings.Trim(host, "0123456789") == "" || strings.Trim(user, "0123456789") == "" {
		return verdict{kind: reject}
	}
	v := verdict{shown: c.group(2) + ":****"}
	v.kind, v.note = judgeCommandPassword(c.group(2), c.body)
	return v
}

// wpSaltStandIn is WordPress's wp-config-sample.php value.
const wpSaltStandIn = "put your unique phrase here"

// phpDefineCheck judges define('NAME', 'value'): passwords as passwords,
// keys and salts as random values of some length.
func phpDefineCheck(c *candidate) verdict {
	name := c.group(1)
	val := c.group(2)
	vs, ve := c.sub[4], c.sub[5]
	if c.sub[4] < 0 {
		val, vs, ve = c.group(3), c.sub[6], c.sub[7]
	}
	v := verdict{start: vs, end: ve, shown: name + "=****"}
	if strings.Contains(name, "PASS") {
		v.kind, v.note = judgeCommandPassword("", val)
		return v
	}
	if strings.Contains(strings.ToLower(val), wpSaltStandIn) {
		return verdict{kind: placeholder, note: "the sample configuration's stand-in", start: vs, end: ve, shown: v.shown}
	}
	if len(val) >= 32 && shannon(val) >= 4.5 && distinct(val) >= 24 && charClasses(val) == 3 {
		// a generated key or salt (WordPress's hold '<', '>' and '{')
		return verdict{kind: confirmed, start: vs, end: ve, shown: v.shown}
	}
	jv := judgeValue(val, false, true)
	jv.start, jv.end, jv.shown = vs, ve, v.shown
	return jv
}

// azureKeyCheck judges a base64 key that decodes to n bytes.
func azureKeyCheck(n int) func(c *candidate) verdict {
	return func(c *candidate) verdict {
		raw, err := base64.StdEncoding.DecodeString(c.secret)
		if err != nil || len(raw) != n {
			return verdict{kind: reject}
		}
		return placeholderVerdict(c)
	}
}

// sasCheck judges a SAS signature: the query around it must carry the
// SAS version (sv=) and expiry or permissions, and the signature decode
// to an HMAC-SHA256.
func sasCheck(c *candidate) verdict {
	lo := max(0, c.sub[0]-600)
	query := c.text[lo:min(len(c.text), c.end+300)]
	if i := strings.LastIndexAny(c.text[lo:c.sub[0]], " \t\r\n\"'<>"); i >= 0 {
		query = c.text[lo+i+1 : min(len(c.text), c.end+300)]
	}
	if !strings.Contains(query, "sv=") || !(strings.Contains(query, "se=") || strings.Contains(query, "sp=")) {
		return verdict{kind: reject}
	}
	dec, err := url.PathUnescape(c.secret) // '+' is base64 here, not a blank
	if err != nil {
		return verdict{kind: reject}
	}
	if r := placeholderReason(strings.TrimRight(dec, "=")); r != "" {
		return verdict{kind: placeholder, note: r}
	}
	raw, err := base64.StdEncoding.DecodeString(dec)
	if err != nil || len(raw) != 32 {
		return verdict{kind: reject}
	}
	return verdict{kind: confirmed}
}
