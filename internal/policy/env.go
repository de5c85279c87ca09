package policy

import (
	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/ext"
)

// Variable names, shared by the declarations and the activation.
const (
	varServer      = "server"
	varTool        = "tool"
	varMethod      = "method"
	varArguments   = "arguments"
	varAnnotations = "annotations"
	varPrincipal   = "principal"
	varClient      = "client"
	varSession     = "session"
	varNow         = "now"
)

// newEnv builds the CEL environment every rule compiles in. It is built per
// Compile: an environment is immutable once built, but building one is the
// slow part of loading a policy, and a policy is loaded rarely.
func newEnv() (*cel.Env, error) {
	opts := []cel.EnvOption{
		cel.VariableWithDoc(varServer, cel.StringType, "the upstream server's configured name"),
		cel.VariableWithDoc(varTool, cel.StringType, "the tool called, empty outside tools/call"),
		cel.VariableWithDoc(varMethod, cel.StringType, "the JSON-RPC method, e.g. tools/call"),
		cel.VariableWithDoc(varArguments, cel.MapType(cel.StringType, cel.DynType), "the call's arguments, decoded JSON"),
		cel.VariableWithDoc(varAnnotations, cel.MapType(cel.StringType, cel.BoolType),
			"the tool's boolean hints as the server claims them: never trust them alone"),
		cel.VariableWithDoc(varPrincipal, cel.StringType, "the authenticated caller"),
		cel.VariableWithDoc(varClient, cel.MapType(cel.StringType, cel.StringType), "the client's name and version"),
		cel.VariableWithDoc(varSession, cel.StringType, "the session id"),
		cel.VariableWithDoc(varNow, cel.TimestampType, "the time of the request"),
		ext.Strings(),
		cel.OptionalTypes(),
		cel.CrossTypeNumericComparisons(true),
		cel.DefaultUTCTimeZone(true),
	}
	opts = append(opts, functions()...)
	return cel.NewEnv(opts...)
}
