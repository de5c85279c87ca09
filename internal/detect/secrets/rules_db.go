package secrets

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// dbSchemes are the URL schemes of databases and brokers whose URLs carry
// credentials in the userinfo.
var dbKeywords = []string{
	"postgres", "mysql", "mariadb", "mongodb", "redis", "amqp", "mssql",
	"sqlserver", "cockroachdb", "clickhouse", "couchdb", "neo4j",
}

// placeholderPasswords are passwords that docs, samples and default
// installs use as stand-ins. Decision: a connection string whose password
// is one of these (case-insensitively, ignoring '-', '_' and '.') is a
// placeholder (Info), not a credential. This includes the bare words
// "password" and "secret" and the well-known defaults of local installs
// ("postgres", "guest", "root", ...): in a URL they are what tutorials
// write, and a deployment using them has no secret to leak.
var placeholderPasswords = map[string]bool{
	"password": true, "passwd": true, "pass": true, "pwd": true, "secret": true,
	"changeme": true, "changeit": true, "example": true, "placeholder": true,
	"redacted": true, "mypassword": true, "yourpassword": true, "mysecretpassword": true,
	"dbpassword": true, "userpassword": true, "secretpassword": true, "supersecret": true,
	"guest": true, "test": true, "user": true, "username": true, "admin": true,
	"root": true, "postgres": true, "mysql": true, "redis": true, "default": true,
	"pw": true, "p": true, "x": true, "foo": true, "bar": true, "foobar": true,
	"opensesame": true, "open sesame": true, // RFC 7617's Aladdin example
}

func dbRules() []*rule {
	return []*rule{
		{
			id: "db-connection-url", typ: "secret:db_connection_string", what: "database connection string with a password",
			severity: detect.High,
			keywords: append([]string{"jdbc:"}, dbKeywords...), after: 600,
			re:     anchored(`(?i)((?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|couchdb|neo4j(?:\+s)?)(?:\+[a-z0-9]+)?)://([^\s"'\x60]{1,512})`),
			secret: 0, body: -1,
			pre:   schemeFollows,
			check: dbURLCheck,
			tps: []string{
				"DATABASE_URL=postgres://app_rw:«an:12»@10.20.4.17:5432/billing?sslmode=require",
				"mysql://admin:Gn«an:6»%23«an:4»@db.internal:3306/wp_prod",
				"redis://default:«url:18»@redis-1842.c12.us-east-1-4.ec2.cloud.redislabs.com:6379/0",
				"mongodb+srv://svc:«an:16»@cluster0.ab1cd.mongodb.net/app?retryWrites=true",
				"amqps://worker:«an:20»@mq.internal:5671/vhost",
				"jdbc:postgresql://db:5432/app?user=app&password=«an:14»",
				"postgresql+psycopg2://etl:«an:16»@warehouse:5432/dw",
				"postgresql://admin:f#Vc«an:6»#%yO«an:8»*@db.example.io:5432/main",
			},
			fps: []string{
				"redis://localhost:6379/0",
				"postgres://app@db:5432/app",
				"postgres://db.internal:5432/app?sslmode=require",
				"the mysql:// scheme",
			},
			infos: []string{
				"postgres://user:password@localhost:5432/app",
				"mongodb+srv://<username>:<password>@cluster0.mongodb.net/test",
				"postgres://app:${DB_PASSWORD}@db:5432/app",
				"amqp://guest:guest@localhost:5672/",
				"mysql://root:****@127.0.0.1/app",
				"redis://:xxxxxxxx@cache:6379",
			},
		},
		{
			// ADO.NET / ODBC key-value strings:
			// "Server=tcp:x;Database=y;User Id=z;Password=...;"
			id: "db-connection-keyvalue", typ: "secret:db_connection_string", what: "database connection string with a password",
			severity: detect.High,
			keywords: []string{"password=", "pwd="}, after: 160,
			re:     anchored(`(?i)(?:password|pwd)=("[^"\n]{1,128}"|'[^'\n]{1,128}'|[^;"'\s]{1,128})`),
			secret: 1, body: 1, boundary: noBoundary,
			check: dbKeyValueCheck,
			tps: []string{
				"Server=tcp:acme.database.windows.net,1433;Initial Catalog=app;User ID=svc;Password=«an:16»;Encrypt=True;",
				`Data Source=db01;Database=hr;Uid=hr_app;Pwd="«an:14»";`,
				`"ConnectionStrings": {` + "\n" + `  "Main": "Server=tcp:sql-a.database.windows.net,1433;Initial Catalog=app;User ID=svc;Password=«an:16»;Encrypt=True;"`,
				`var conn = new SqlConnection("Data Source=db01;Initial Catalog=hr;User Id=hr_app;Password=«an:14»;");`,
			},
			fps:   []string{"Server=db01;Database=hr;Integrated Security=SSPI;", `"backup_server=vault-2; rotate; password=«an:16»;`},
			infos: []string{"Server=db01;Database=hr;User Id=sa;Password=<password>;", "Host=db;Username=app;Password=changeme;"},
		},
	}
}

// dbURLCheck finds the password in a connection URL, in the userinfo or
// as a password= query parameter; the finding covers the password.
func dbURLCheck(c *candidate) verdict {
	rest := c.group(2)
	restStart := c.sub[4]
	// Authority and userinfo: up to the last '@' before the query.
	q := strings.IndexAny(rest, "?#")
	for q >= 0 && rest[q] == '#' {
		// A '#' followed by the userinfo's '@' (no '/' or '?' between) is
		// in the password, as people write them, not a fragment.
		at := strings.IndexByte(rest[q:], '@')
		if at < 0 || strings.ContainsAny(rest[q:q+at], "/?") {
			break
		}
		next := strings.IndexAny(rest[q+at:], "?#")
		if next < 0 {
			q = -1
			break
		}
		q += at + next
	}
	if q < 0 {
		q = len(rest)
	}
	scheme := c.group(1)
	var user, pass string
	passStart := -1
	if at := strings.LastIndexByte(rest[:q], '@'); at > 0 {
		userinfo := rest[:at]
		if colon := strings.IndexByte(userinfo, ':'); colon >= 0 {
			user, pass = userinfo[:colon], userinfo[colon+1:]
			passStart = restStart + colon + 1
		}
	}
	hostPart := rest
	if at := strings.LastIndexByte(rest[:q], '@'); at >= 0 {
		hostPart = rest[at+1:]
	}
	if pass == "" && q < len(rest) {
		// jdbc:...?user=x&password=y
		query := rest[q+1:]
		for off := 0; off < len(query); {
			part := query[off:]
			if j := strings.IndexAny(part, "&;#"); j >= 0 {
				part = part[:j]
			}
			k, v, ok := strings.Cut(part, "=")
			switch strings.ToLower(k) {
			case "password", "pwd", "pass":
				if ok && v != "" {
					pass = v
					passStart = restStart + q + 1 + off + len(k) + 1
				}
			case "user", "username", "uid":
				user = v
			}
			off += len(part) + 1
		}
	}
	if pass == "" {
		return verdict{kind: reject}
	}
	host := hostPart
	if j := strings.IndexAny(host, "/?#<>"); j >= 0 {
		host = host[:j]
	}
	shown := scheme + "://" + user + ":****@" + host
	v := verdict{start: passStart, end: passStart + len(pass), shown: shown}
	v.kind, v.note = judgePassword(user, pass)
	return v
}

// keyValueHostRe finds the server part of a key-value connection string.
// The string may open a quoted value (appsettings.json, C# code).
var keyValueHostRe = regexp.MustCompile(`(?i)(?:^|[;"'\s])(?:server|host|data source|address|hostname)\s*=`)

// dbKeyValueCheck judges the Password= value of a key-value string whose
// line names a server earlier on.
func dbKeyValueCheck(c *candidate) verdict {
	line := c.text[max(0, c.sub[0]-1024):c.sub[0]]
	if i := strings.LastIndexByte(line, '\n'); i >= 0 {
		line = line[i+1:]
	}
	if !strings.HasSuffix(strings.TrimRight(line, " \t"), ";") || !keyValueHostRe.MatchString(line) {
		return verdict{kind: reject}
	}
	pass := strings.Trim(c.secret, `"'`)
	v := verdict{shown: "Password=****"}
	v.kind, v.note = judgePassword("", pass)
	return v
}

// judgePassword decides about a connection-string password.
func judgePassword(user, pass string) (verdictKind, string) {
	decoded, err := url.PathUnescape(pass)
	if err != nil {
		decoded = pass
	}
	norm := strings.ToLower(stripSeps(decoded))
	switch {
	case isReference(decoded):
		return placeholder, "a reference to a variable, not a value"
	case placeholderPasswords[norm]:
		return placeholder, "a well-known placeholder or default password"
	case user != "" && strings.EqualFold(decoded, user):
		return placeholder, "password equals the user name"
	case strings.Trim(decoded, "*•xX.#?") == "":
		return placeholder, "a masked password"
	case placeholderReason(decoded) != "" && len(decoded) >= 4:
		return placeholder, placeholderReason(decoded)
	case len(decoded) < 6 || len(decoded) < 8 && charClasses(decoded) < 2:
		return weak, "short password"
	}
	return confirmed, ""
}
