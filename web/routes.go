package web

import (
	"net/http"

	"github.com/gorilla/mux"
)

// routes registers every route of the API and the pages, each with its methods.
func (s *Server) routes(r *mux.Router) {
	r.NotFoundHandler = http.HandlerFunc(s.handleNotFound)
	r.MethodNotAllowedHandler = http.HandlerFunc(s.handleMethodNotAllowed)

	// Public reads: cacheable, and readable from any origin.
	get := func(path string, h http.HandlerFunc) {
		r.Handle(path, s.public(h)).Methods(http.MethodGet, http.MethodHead)
	}
	get("/api/v1/speakers", s.handleSpeakers)
	get("/api/v1/speakers/{slug}", s.handleSpeaker)
	get("/api/v1/speakers/{slug}/quotes", s.handleSpeakerQuotes)
	get("/api/v1/quotes", s.handleQuotes)
	get("/api/v1/quotes/{id}", s.handleQuote)

	// Pages, the embed and its script.
	get("/", s.handleIndex)
	get("/quotes/{id}", s.handleQuotePage)
	get("/speakers/{slug}", s.handleSpeakerPage)
	get("/embed/quotes/{id}", s.handleEmbed)
	get("/oembed", s.handleOEmbed)
	get("/widget.js", s.handleWidget)
	get("/assets/{name}", s.handleAsset)

	// Writes: adding articles and correcting speakers need the token.
	write := func(path string, h http.HandlerFunc, method string) {
		r.Handle(path, s.requireToken(h)).Methods(method)
	}
	write("/api/v1/articles", s.handleCreateArticle, http.MethodPost)
	write("/api/v1/speakers/{slug}", s.handleUpdateSpeaker, http.MethodPatch)
	write("/api/v1/speakers/{slug}/merge", s.handleMergeSpeaker, http.MethodPost)
	write("/api/v1/speakers/{slug}/split", s.handleSplitSpeaker, http.MethodPost)
	r.HandleFunc("/api/v1/extract", s.handleExtract).Methods(http.MethodPost)
	r.HandleFunc("/healthz", s.handleHealthz).Methods(http.MethodGet, http.MethodHead)
}

// routeVar reads a route variable such as {slug}.
func routeVar(r *http.Request, name string) string { return mux.Vars(r)[name] }
