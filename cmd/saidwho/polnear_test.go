package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"saidwho/quotes"
	"saidwho/store"
)

// polnear is the PolNeAR evaluation set, kept outside the repository.
const polnear = "../../../shared/eval/polnear.dev.jsonl"

// TestPolNeARSpeakers ingests the PolNeAR dev set and checks that each
// statement the extractor resolves to one of a few much-quoted people lands
// on one corpus speaker, and that people who share a surname stay apart.
func TestPolNeARSpeakers(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 707 articles")
	}
	if _, err := os.Stat(polnear); err != nil {
		t.Skipf("evaluation data not here: %v", err)
	}
	path := filepath.Join(t.TempDir(), "polnear.db")
	if out, _, err := runCmd(t, "", "ingest", "--db", path, polnear); err != nil {
		t.Fatalf("ingest: %v %s", err, out)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	outlets := map[string]bool{}
	for _, name := range []string{"Donald Trump", "Hillary Clinton", "Bernie Sanders", "Barack Obama", "Bill Clinton"} {
		slugs := map[string]int{}
		f := quotes.QuoteFilter{Page: quotes.Page{Limit: quotes.MaxLimit}}
		for {
			qs, next, err := db.Quotes(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range qs {
				outlets[q.Outlet] = true
				if q.Speaker == name {
					slugs[q.SpeakerSlug]++
				}
			}
			if next == "" {
				break
			}
			f.Cursor = next
		}
		if len(slugs) != 1 {
			t.Errorf("quotes resolved to %s are on %d speakers: %v", name, len(slugs), slugs)
		}
		for slug := range slugs {
			if !strings.HasSuffix(slug, strings.ToLower(strings.Fields(name)[1])) {
				t.Errorf("quotes resolved to %s are on %q", name, slug)
			}
		}
	}
	bill, err := db.Speaker(ctx, "bill-clinton")
	if err != nil || bill.Name != "Bill Clinton" {
		t.Errorf("bill-clinton = %+v (err %v), want Bill Clinton apart from Hillary Clinton", bill, err)
	}
	if len(outlets) != 7 {
		t.Errorf("quotes come from %d outlets, want the 7 publishers", len(outlets))
	}
}
