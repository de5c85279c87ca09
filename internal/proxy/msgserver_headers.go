package proxy

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// Protocol facts of the Streamable HTTP transport, as the official Go SDK
// (v1.8.0, mcp/streamable.go and streamable_headers.go) serves them. The
// MsgServer mimics that server's checks, status codes and error bodies.
const (
	msHeaderSessionID   = "Mcp-Session-Id"
	msHeaderVersion     = "Mcp-Protocol-Version"
	msHeaderLastEventID = "Last-Event-ID"
	msHeaderMethod      = "Mcp-Method"
	msHeaderName        = "Mcp-Name"
	msHeaderParamPrefix = "Mcp-Param-"

	msVersion20241105 = "2024-11-05"
	msVersion20250326 = "2025-03-26"
	msVersion20250618 = "2025-06-18"
	msVersion20251125 = "2025-11-25"
	msVersion20260728 = "2026-07-28"

	// Keys of the per-request _meta of the 2026-07-28 stateless protocol.
	msMetaProtocolVersion = "io.modelcontextprotocol/protocolVersion"
	msMetaSubscriptionID  = "io.modelcontextprotocol/subscriptionId"
	msMetaProgressToken   = "progressToken"

	// JSON-RPC codes of the 2026-07-28 protocol (SEP-2575, SEP-2243).
	msCodeHeaderMismatch             = -32020
	msCodeMissingClientCapabilities  = -32021
	msCodeUnsupportedProtocolVersion = -32022
)

// msVersions are the protocol versions the shield serves, newest first.
var msVersions = []string{msVersion20260728, msVersion20251125, msVersion20250618, msVersion20250326, msVersion20241105}

// msCheckVersionHeader returns an error for an MCP-Protocol-Version header
// naming a version before 2026-07-28 that is not served. Later versions are
// left to the upstream, which answers them with UnsupportedProtocolVersion.
func msCheckVersionHeader(v string) error {
	if v != "" && !slices.Contains(msVersions, v) && v < msVersion20260728 {
		return fmt.Errorf("unsupported protocol version (supported versions: %s)", strings.Join(msVersions, ","))
	}
	return nil
}

// msAccepts reports whether the Accept values allow JSON and event streams.
func msAccepts(values []string) (jsonOK, streamOK bool) {
	for _, value := range values {
		for _, raw := range strings.Split(value, ",") {
			base, _, _ := strings.Cut(strings.TrimSpace(raw), ";")
			switch strings.ToLower(strings.TrimSpace(base)) {
			case "application/json", "application/*":
				jsonOK = true
			case "text/event-stream", "text/*":
				streamOK = true
			case "*/*":
				jsonOK, streamOK = true, true
			}
		}
	}
	return jsonOK, streamOK
}

func msIsJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}

// msWriteError writes a JSON-RPC error response as an HTTP answer. id is the
// raw id of the request it answers, nil for none.
func msWriteError(w http.ResponseWriter, status int, id []byte, code int, message string, data any) {
	msWriteJSON(w, status, jsonrpc.ErrorResponse(id, code, message, data))
}

func msWriteJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body) //nolint:errcheck // the client is gone; nothing to do
}

// msRejection is a request refused before it reaches the upstream: an HTTP
// status with a JSON-RPC error body.
type msRejection struct {
	status  int
	id      []byte
	code    int
	message string
	data    any
}

func (r *msRejection) write(w http.ResponseWriter) {
	msWriteError(w, r.status, r.id, r.code, r.message, r.data)
}

// msUnsupportedData is the data of an UnsupportedProtocolVersion error.
type msUnsupportedData struct {
	Supported []string `json:"supported"`
	Requested string   `json:"requested"`
}

// msCheckMeta applies the per-request checks of the 2026-07-28 protocol to
// one request or notification: a request that carries _meta.protocolVersion,
// or any request sent with a 2026-07-28 (or later) MCP-Protocol-Version
// header, must carry both, equal. In a session (stateful), only
// server/discover may use that protocol; the rest is refused with
// UnsupportedProtocolVersion listing the session protocol versions.
func msCheckMeta(m *jsonrpc.Message, header string, stateful bool) *msRejection {
	metaVersion := msMetaString(m.Params, msMetaProtocolVersion)
	if !((m.Kind == jsonrpc.KindRequest && header >= msVersion20260728) || metaVersion != "") {
		return nil
	}
	if stateful && m.Method != "server/discover" {
		requested := header
		if requested == "" {
			requested = msVersion20250326
		}
		var legacy []string
		for _, v := range msVersions {
			if v < msVersion20260728 {
				legacy = append(legacy, v)
			}
		}
		return &msRejection{http.StatusBadRequest, m.ID, msCodeUnsupportedProtocolVersion,
			fmt.Sprintf("protocol version %q is not supported by this server", requested),
			msUnsupportedData{Supported: legacy, Requested: requested}}
	}
	switch {
	case header == "":
		return &msRejection{http.StatusBadRequest, m.ID, msCodeHeaderMismatch,
			fmt.Sprintf("%s header is required for requests carrying %q", msHeaderVersion, msMetaProtocolVersion), nil}
	case metaVersion == "":
		return &msRejection{http.StatusBadRequest, m.ID, jsonrpc.CodeInvalidParams,
			fmt.Sprintf("missing or invalid _meta field %q", msMetaProtocolVersion), nil}
	case header != metaVersion:
		return &msRejection{http.StatusBadRequest, m.ID, msCodeHeaderMismatch,
			fmt.Sprintf("%s header %q does not match request %s %q", msHeaderVersion, header, msMetaProtocolVersion, metaVersion), nil}
	}
	return nil
}

// msNameOf returns the name a tools/call, prompts/get or resources/read
// request acts on, which the Mcp-Name header must repeat.
func msNameOf(method string, params []byte) (name string, ok bool) {
	key := "name"
	switch method {
	case "tools/call", "prompts/get":
	case "resources/read":
		key = "uri"
	default:
		return "", false
	}
	if len(params) == 0 || params[0] != '{' {
		return "", string(params) == "null"
	}
	raw := jsonrpc.Member(params, key)
	if raw == nil || string(raw) == "null" {
		return "", true
	}
	return jsonrpc.String(raw)
}

// msCheckHeaders checks the standard headers of the 2026-07-28 protocol
// (SEP-2243) against the single message of a POST: Mcp-Method must name the
// method, Mcp-Name the tool, prompt or resource, and Mcp-Param-* headers
// must mirror the tool arguments annotated with x-mcp-header. tools may be
// nil (no annotations known).
func msCheckHeaders(h http.Header, m *jsonrpc.Message, tools *msToolHeaders) error {
	if v := h.Get(msHeaderVersion); v == "" || v < msVersion20260728 {
		return nil
	}
	if m.Kind != jsonrpc.KindRequest && m.Kind != jsonrpc.KindNotification {
		return nil
	}
	method := h.Get(msHeaderMethod)
	if method == "" {
		return errors.New("missing required Mcp-Method header")
	}
	if method != m.Method {
		return fmt.Errorf("header mismatch: Mcp-Method header value '%s' does not match body value '%s'", method, m.Method)
	}
	switch m.Method {
	case "tools/call", "resources/read", "prompts/get":
	default:
		return nil
	}
	inHeader := h.Get(msHeaderName)
	if inHeader == "" {
		return fmt.Errorf("missing required Mcp-Name header for method %q", m.Method)
	}
	inBody, ok := msNameOf(m.Method, m.Params)
	if !ok {
		return fmt.Errorf("failed to extract name from parameters for method %q", m.Method)
	}
	if inHeader != inBody {
		return fmt.Errorf("header mismatch: Mcp-Name header value '%s' does not match body value '%s'", inHeader, inBody)
	}
	if m.Method == "tools/call" && tools != nil {
		if b, ok := tools.lookup(inBody); ok {
			return msCheckParamHeaders(h, m.Params, b)
		}
	}
	return nil
}

// msErrorStatus returns the HTTP status that the 2026-07-28 protocol gives a
// JSON-RPC error answering a request (0: none, the error travels in the
// stream like any response): 404 for an unknown method, 400 for bad params,
// an unsupported version or a missing client capability.
func msErrorStatus(version string, m *jsonrpc.Message) int {
	if version < msVersion20260728 || m.Kind != jsonrpc.KindError {
		return 0
	}
	code, err := strconv.Atoi(string(jsonrpc.Member(m.Error, "code")))
	if err != nil {
		return 0
	}
	switch code {
	case jsonrpc.CodeMethodNotFound:
		return http.StatusNotFound
	case jsonrpc.CodeInvalidParams, msCodeUnsupportedProtocolVersion, msCodeMissingClientCapabilities:
		return http.StatusBadRequest
	}
	return 0
}
