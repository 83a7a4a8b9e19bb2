package web_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"saidwho/store"
	"saidwho/web"
)

// BenchmarkLargeCorpus measures speaker lookups and quote searches through
// the HTTP handler on a generated store of 1,000,000 quotes (set
// SAIDWHO_BENCH_QUOTES for another size). Each request's duration is
// recorded and the p50 and p99 are reported as metrics, with the store's
// size on disk. Run it with:
//
//	go test -tags sqlite_fts5 -run '^$' -bench LargeCorpus -benchtime 2000x ./web/
func BenchmarkLargeCorpus(b *testing.B) {
	n := 1_000_000
	if v := os.Getenv("SAIDWHO_BENCH_QUOTES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n <= 0 {
			b.Fatalf("SAIDWHO_BENCH_QUOTES=%q: want a positive number", v)
		}
	}
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "large.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	if err := db.Generate(ctx, store.Synthetic{Quotes: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	size := diskSize(b, path)
	b.Logf("generated %d quotes in %v; %.0f MB on disk", n, time.Since(start).Round(time.Second), float64(size)/1e6)
	srv := web.NewServer(db, handExtractor{}, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Config{})

	// A speaker quoted often, one rarely, and name searches by prefix.
	speakers := firstSlugs(b, srv, 2)
	cases := []struct{ name, target string }{
		{"speaker-by-slug", "/api/v1/speakers/" + speakers[0]},
		{"speaker-by-slug-2", "/api/v1/speakers/" + speakers[1]},
		{"speaker-search-prefix", "/api/v1/speakers?q=kalo"},
		{"speaker-search-name", "/api/v1/speakers?q=" + speakers[0][:4]},
		{"quote-search-email-server", "/api/v1/quotes?q=email+server"},
		{"quote-search-filtered", "/api/v1/quotes?q=email+server&outlet=wire&kind=direct&since=2015-06-01"},
		{"quote-search-common-word", "/api/v1/quotes?q=tax"},
		{"quote-search-speaker", "/api/v1/quotes?q=tax&speaker=" + speakers[0]},
		{"quotes-newest", "/api/v1/quotes"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			durations := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for range b.N {
				req := httptest.NewRequest("GET", c.target, nil)
				rec := httptest.NewRecorder()
				t0 := time.Now()
				srv.ServeHTTP(rec, req)
				durations = append(durations, time.Since(t0))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s = %d %s", c.target, rec.Code, rec.Body)
				}
			}
			b.StopTimer()
			slices.Sort(durations)
			pct := func(p float64) float64 {
				return float64(durations[int(p*float64(len(durations)-1))].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.50), "p50-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
			b.ReportMetric(float64(size)/1e6, "MB-on-disk")
		})
	}
}

// diskSize is the database's size with its WAL.
func diskSize(b *testing.B, path string) int64 {
	var total int64
	for _, p := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			total += fi.Size()
		}
	}
	return total
}

// firstSlugs returns the slugs of the n most quoted speakers.
func firstSlugs(b *testing.B, h http.Handler, n int) []string {
	req := httptest.NewRequest("GET", "/api/v1/speakers?limit="+strconv.Itoa(n), nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var page struct{ Data []struct{ Slug string } }
	if err := jsonDecode(rec.Body.Bytes(), &page); err != nil || len(page.Data) < n {
		b.Fatalf("speakers: %v %s", err, rec.Body)
	}
	var out []string
	for _, s := range page.Data {
		out = append(out, s.Slug)
	}
	return out
}

func jsonDecode(b []byte, v any) error { return json.Unmarshal(b, v) }
