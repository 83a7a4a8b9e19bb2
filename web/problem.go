package web

import (
	"encoding/json"
	"errors"
	"net/http"

	"saidwho/quotes"
)

// statusOf maps error codes to HTTP statuses: the one place that does.
var statusOf = map[string]int{
	quotes.EINVALID:      http.StatusBadRequest,
	quotes.EUNAUTHORIZED: http.StatusUnauthorized,
	quotes.ENOTFOUND:     http.StatusNotFound,
	quotes.ECONFLICT:     http.StatusConflict,
	quotes.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	quotes.EINTERNAL:     http.StatusInternalServerError,
}

// problem is an RFC 9457 problem details object. Code is an extension
// member carrying the saidwho error code.
type problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	Code   string `json:"code"`
}

// writeError answers with err as problem+json. Internal errors are logged
// and replaced by a generic message, so that nothing internal leaks.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := quotes.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		code, status = quotes.EINTERNAL, http.StatusInternalServerError
	}
	detail := quotes.ErrorMessage(err)
	if status == http.StatusInternalServerError {
		s.logger.ErrorContext(r.Context(), "internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		detail = "internal error"
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="saidwho"`)
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	p := problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Detail: detail, Code: code}
	if err := json.NewEncoder(w).Encode(p); err != nil {
		s.logger.WarnContext(r.Context(), "write problem", "err", err)
	}
}

// writeJSON answers with v as JSON.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		s.logger.WarnContext(r.Context(), "write response", "err", err)
	}
}

// decodeJSON reads one JSON object from the request body into v; unknown
// fields are refused so that typos do not pass silently.
func decodeJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("more than one JSON value")
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return quotes.Errorf(quotes.ETOOLARGE, "request body larger than %d bytes", tooLarge.Limit)
	case err != nil:
		return quotes.Errorf(quotes.EINVALID, "malformed JSON body: %v", err)
	}
	return nil
}

func (s *Server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	s.writeError(w, r, quotes.Errorf(quotes.ENOTFOUND, "no such endpoint: %s", r.URL.Path))
}

func (s *Server) handleMethodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusMethodNotAllowed)
	p := problem{Type: "about:blank", Title: http.StatusText(http.StatusMethodNotAllowed), Status: http.StatusMethodNotAllowed,
		Detail: r.Method + " is not allowed on " + r.URL.Path, Code: "method_not_allowed"}
	if err := json.NewEncoder(w).Encode(p); err != nil {
		s.logger.WarnContext(r.Context(), "write problem", "err", err)
	}
}
