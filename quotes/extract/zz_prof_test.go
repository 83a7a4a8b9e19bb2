package extract

import (
	"os"
	"testing"
)

func TestProfNested(t *testing.T) {
	b, _ := os.ReadFile("/tmp/lin30k.txt")
	New().Extract(string(b))
}
