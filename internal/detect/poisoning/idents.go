package poisoning

import "strings"

// quotedIdent returns the identifier of a chunk like 'sidenote' or
// `debug`.
func quotedIdent(c string) (string, bool) {
	c = strings.TrimRight(c, ".,;:!?)")
	c = strings.TrimLeft(c, "(")
	for _, q := range [][2]string{{"'", "'"}, {`"`, `"`}, {"`", "`"}, {"‘", "’"}, {"“", "”"}} {
		if len(c) > len(q[0])+len(q[1]) && strings.HasPrefix(c, q[0]) && strings.HasSuffix(c, q[1]) {
			in := c[len(q[0]) : len(c)-len(q[1])]
			if isIdentifier(in) {
				return in, true
			}
		}
	}
	return "", false
}

// assignsValue reports whether the chunk c gives a parameter a fixed
// value: profile='prod-admin', region=eu-west-1, "bcc=audit".
func assignsValue(c string) bool {
	c = strings.TrimLeft(strings.TrimRight(c, ".,;:!?)"), "(")
	k, v, ok := strings.Cut(c, "=")
	k = strings.TrimLeft(k, "\"'`")
	if !ok || !isIdentifier(k) || v == "" {
		return false
	}
	if _, q := quotedIdent(v); q {
		return true
	}
	return isIdentifier(v) || isDigit(v[0]) && isIdentifier("n"+v)
}

func isIdentifier(s string) bool {
	if s == "" || len(s) > 48 || isDigit(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isIdentByte(s[i]) && s[i] != '-' && s[i] != '.' {
			return false
		}
	}
	return true
}

// fileExts are extensions that make a dotted word a file name rather than
// a tool name.
var fileExts = map[string]bool{
	"py": true, "js": true, "ts": true, "json": true, "yaml": true, "yml": true, "toml": true,
	"md": true, "txt": true, "log": true, "sh": true, "env": true, "cfg": true, "ini": true,
	"xml": true, "html": true, "csv": true, "go": true, "rs": true, "java": true, "rb": true,
	"php": true, "c": true, "h": true, "cpp": true, "pdf": true, "png": true, "jpg": true,
	"zip": true, "tar": true, "gz": true, "lock": true, "mjs": true, "tsx": true, "jsx": true,
	"sql": true, "db": true, "pem": true, "key": true, "conf": true, "exe": true, "dat": true,
}

// toolIdent returns a chunk's name when it looks like the name of a tool:
// snake_case, dotted (github.create_pull_request) or lowerCamelCase, and
// not a file, a domain, an environment variable or a number.
func toolIdent(c string) (string, bool) {
	c = trimPunct(c)
	if len(c) < 4 || len(c) > 64 || !isAlnum(c[0]) || isDigit(c[0]) {
		return "", false
	}
	under, dot, upper, lower := false, false, false, false
	for i := 0; i < len(c); i++ {
		b := c[i]
		switch {
		case b == '_':
			under = true
		case b == '.':
			dot = true
		case isUpper(b):
			upper = true
		case b >= 'a' && b <= 'z':
			lower = true
		case isDigit(b):
		default:
			return "", false
		}
	}
	switch {
	case !lower:
		return "", false // ENV_VAR, numbers
	case dot:
		segs := strings.Split(c, ".")
		for _, s := range segs {
			if s == "" || isDigit(s[0]) {
				return "", false
			}
		}
		last := strings.ToLower(segs[len(segs)-1])
		if fileExts[last] || tlds[last] || len(segs[0]) < 2 {
			return "", false
		}
	case under:
		if strings.HasPrefix(c, "_") || strings.HasSuffix(c, "_") || strings.Contains(c, "__") {
			return "", false
		}
	case upper && c[0] >= 'a' && c[0] <= 'z':
		// lowerCamelCase
	default:
		return "", false
	}
	if !isToolName(c) {
		return "", false
	}
	return c, true
}

// toolVerbs and toolProducts are the segments tool names are made of
// (send_email, git_commit, slack_post_message); a snake_case word with
// neither is more likely a parameter (expires_at, deploy_token_id).
var toolVerbs = map[string]bool{
	"get": true, "list": true, "create": true, "update": true, "delete": true, "remove": true,
	"send": true, "read": true, "write": true, "search": true, "fetch": true, "run": true,
	"execute": true, "exec": true, "post": true, "add": true, "set": true, "put": true,
	"merge": true, "push": true, "pull": true, "query": true, "find": true, "open": true,
	"close": true, "move": true, "copy": true, "upload": true, "download": true, "check": true,
	"start": true, "stop": true, "edit": true, "make": true, "transfer": true, "pay": true,
	"submit": true, "approve": true, "deploy": true, "install": true, "invoke": true,
	"call": true, "insert": true, "import": true, "export": true, "sync": true, "scan": true,
	"analyze": true, "analyse": true, "describe": true, "show": true, "view": true,
	"browse": true, "navigate": true, "click": true, "type": true, "take": true,
	"capture": true, "convert": true, "translate": true, "generate": true, "summarize": true,
	"lookup": true, "resolve": true, "publish": true, "schedule": true, "cancel": true,
	"reply": true, "comment": true, "fork": true, "clone": true, "commit": true,
	"checkout": true, "verify": true, "validate": true, "login": true, "authenticate": true,
	"fill": true, "select": true, "evaluate": true, "screenshot": true, "echo": true,
	"store": true, "save": true, "load": true, "render": true, "test": true, "build": true,
	// the same verbs in the languages tools are often named in
	"enviar": true, "pagar": true, "crear": true, "criar": true, "buscar": true, "leer": true,
	"ler": true, "borrar": true, "eliminar": true, "excluir": true, "listar": true, "obtener": true,
	"obter": true, "ejecutar": true, "executar": true, "consultar": true, "transferir": true,
	"envoyer": true, "payer": true, "creer": true, "lire": true, "supprimer": true, "lister": true,
	"chercher": true, "rechercher": true, "executer": true, "senden": true, "erstellen": true,
	"lesen": true, "loeschen": true, "suchen": true, "zahlen": true, "ueberweisen": true,
	"inviare": true, "pagare": true, "creare": true, "leggere": true, "cercare": true,
	"eseguire": true, "verzenden": true, "betalen": true, "versturen": true, "zoeken": true,
	"verwijderen": true, "uitvoeren": true, "kirim": true, "bayar": true, "buat": true,
	"baca": true, "cari": true, "hapus": true, "gonder": true, "ode": true, "wyslij": true,
	"zaplac": true, "utworz": true, "przelew": true,
	// products and servers
	"git": true, "github": true, "gitlab": true, "slack": true, "browser": true,
	"puppeteer": true, "playwright": true, "brave": true, "google": true, "notion": true,
	"jira": true, "linear": true, "stripe": true, "aws": true, "docker": true, "kubectl": true,
	"sql": true, "postgres": true, "mysql": true, "mongo": true, "redis": true, "fs": true,
	"filesystem": true, "shell": true, "terminal": true, "email": true, "mail": true,
	"gmail": true, "calendar": true, "drive": true, "whatsapp": true, "telegram": true,
	"discord": true, "confluence": true, "sentry": true, "figma": true,
}

// paramEnds end parameter names, not tool names.
var paramEnds = map[string]bool{
	"id": true, "ids": true, "at": true, "url": true, "uri": true, "name": true, "names": true,
	"type": true, "path": true, "date": true, "time": true, "count": true, "number": true,
	"size": true, "key": true, "token": true, "index": true, "ref": true, "sha": true,
	"limit": true, "offset": true, "page": true, "format": true, "mode": true, "level": true,
}

// verbFirst and verbObjects make a tool's name of a verb and what it acts
// on (fetch_url, read_path, get_page), which paramEnds alone would take
// for a parameter: parameters name the thing first (callback_url).
var (
	verbFirst = map[string]bool{
		"get": true, "list": true, "fetch": true, "read": true, "write": true, "search": true,
		"run": true, "execute": true, "exec": true, "query": true, "find": true, "upload": true,
		"download": true, "delete": true, "remove": true, "open": true, "browse": true,
		"navigate": true, "scan": true, "resolve": true, "call": true, "invoke": true, "scrape": true,
		"crawl": true, "visit": true, "shorten": true, "expand": true,
	}
	verbObjects = map[string]bool{"url": true, "uri": true, "path": true, "page": true}
)

// isToolName reports whether an identifier looks like a tool's name
// rather than a parameter's.
func isToolName(name string) bool {
	var segs []string
	start := 0
	for i := 0; i <= len(name); i++ {
		if i == len(name) || name[i] == '_' || name[i] == '.' || name[i] == '-' ||
			i > start && isUpper(name[i]) && !isUpper(name[i-1]) {
			if i > start {
				segs = append(segs, strings.ToLower(name[start:i]))
			}
			start = i
			if i < len(name) && !isUpper(name[i]) {
				start = i + 1
			}
		}
	}
	if len(segs) < 2 {
		return false
	}
	if last := segs[len(segs)-1]; paramEnds[last] && !(len(segs) == 2 && verbFirst[segs[0]] && verbObjects[last]) {
		return false
	}
	for _, s := range segs {
		if toolVerbs[s] {
			return true
		}
	}
	return false
}

// isSecretName reports an environment variable named like a secret
// (OPENAI_API_KEY, AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, DB_PASSWORD).
func isSecretName(c string) bool {
	c = trimPunct(c)
	if len(c) < 5 || !strings.Contains(c, "_") {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !isUpper(c[i]) && !isDigit(c[i]) && c[i] != '_' {
			return false
		}
	}
	for _, w := range []string{"KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "CREDENTIAL", "PRIVATE"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}
