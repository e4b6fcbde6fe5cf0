// Command tlogcheck checks a Passerelle key log with an implementation that is
// not Passerelle's: Go's golang.org/x/mod/sumdb/note (signed notes) and
// golang.org/x/mod/sumdb/tlog (RFC 6962 trees, proofs, tiles). It fetches the
// verifier key, the checkpoint and the C2SP tlog-tiles tiles and entry bundles
// over HTTP, verifies the checkpoint's signature, that every tile hashes to the
// signed root, an inclusion proof for every entry, and, given an earlier
// checkpoint's size and root, that the tree grew from it (a consistency proof).
//
//	tlogcheck SERVER [OLD_SIZE OLD_ROOT_BASE64]
//
// Prints one line per entry (its index and SHA-256) and exits non-zero on any
// fault. Built in GOPATH mode against Debian's golang-golang-x-mod-dev.
package main

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

func get(url string) []byte {
	res, err := http.Get(url)
	if err != nil {
		fail("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != 200 {
		fail("GET %s: %d %v", url, res.StatusCode, err)
	}
	return body
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "tlogcheck: "+format+"\n", args...)
	os.Exit(1)
}

// index encodes a tile index as tlog-tiles paths do: x001/x234/067.
func index(n int64) string {
	s := fmt.Sprintf("%03d", n%1000)
	for n >= 1000 {
		n /= 1000
		s = fmt.Sprintf("x%03d/%s", n%1000, s)
	}
	return s
}

func partial(w, full int) string {
	if w == full {
		return ""
	}
	return fmt.Sprintf(".p/%d", w)
}

type tiles struct{ base string }

func (t tiles) Height() int { return 8 }

func (t tiles) ReadTiles(list []tlog.Tile) ([][]byte, error) {
	out := make([][]byte, len(list))
	for i, tile := range list {
		path := fmt.Sprintf("tile/%d/%s%s", tile.L, index(tile.N), partial(tile.W, 1<<tile.H))
		out[i] = get(t.base + "/" + path)
	}
	return out, nil
}

func (t tiles) SaveTiles([]tlog.Tile, [][]byte) {}

func main() {
	if len(os.Args) != 2 && len(os.Args) != 4 {
		fail("usage: tlogcheck SERVER [OLD_SIZE OLD_ROOT]")
	}
	server := strings.TrimSuffix(os.Args[1], "/")
	base := server + "/transparency/log/keys"
	vkey := strings.TrimSpace(string(get(server + "/transparency/log/key")))
	verifier, err := note.NewVerifier(vkey)
	if err != nil {
		fail("the verifier key: %v", err)
	}
	signed, err := note.Open(get(base+"/checkpoint"), note.VerifierList(verifier))
	if err != nil {
		fail("the checkpoint does not verify: %v", err)
	}
	lines := strings.Split(signed.Text, "\n")
	if len(lines) < 4 || !strings.HasSuffix(lines[0], "/keys") {
		fail("not a checkpoint: %q", signed.Text)
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || size < 1 {
		fail("the checkpoint's size: %q", lines[1])
	}
	root, err := tlog.ParseHash(lines[2])
	if err != nil {
		fail("the checkpoint's root: %v", err)
	}
	tree := tlog.Tree{N: size, Hash: root}
	reader := tlog.TileHashReader(tree, tiles{base})
	if th, err := tlog.TreeHash(size, reader); err != nil || th != root {
		fail("the tiles do not hash to the signed root: %v", err)
	}
	var entries [][]byte
	for n := int64(0); n*256 < size; n++ {
		w := int(size - n*256)
		if w > 256 {
			w = 256
		}
		bundle := get(fmt.Sprintf("%s/tile/entries/%s%s", base, index(n), partial(w, 256)))
		for len(bundle) > 0 {
			if len(bundle) < 2 {
				fail("a truncated entry bundle")
			}
			l := int(bundle[0])<<8 | int(bundle[1])
			if len(bundle) < 2+l {
				fail("a truncated entry")
			}
			entries = append(entries, bundle[2:2+l])
			bundle = bundle[2+l:]
		}
	}
	if int64(len(entries)) != size {
		fail("%d entries served for a tree of %d", len(entries), size)
	}
	for i, e := range entries {
		proof, err := tlog.ProveRecord(size, int64(i), reader)
		if err != nil {
			fail("no inclusion proof for entry %d: %v", i, err)
		}
		if err := tlog.CheckRecord(proof, size, root, int64(i), tlog.RecordHash(e)); err != nil {
			fail("entry %d is not the one in the signed tree: %v", i, err)
		}
		fmt.Printf("entry %d %x\n", i, sha256.Sum256(e))
	}
	if len(os.Args) == 4 {
		oldSize, err := strconv.ParseInt(os.Args[2], 10, 64)
		if err != nil {
			fail("OLD_SIZE: %v", err)
		}
		raw, err := base64.StdEncoding.DecodeString(os.Args[3])
		if err != nil || len(raw) != tlog.HashSize {
			fail("OLD_ROOT is not a base64 hash")
		}
		var oldRoot tlog.Hash
		copy(oldRoot[:], raw)
		proof, err := tlog.ProveTree(size, oldSize, reader)
		if err != nil {
			fail("no consistency proof from %d: %v", oldSize, err)
		}
		if err := tlog.CheckTree(proof, size, root, oldSize, oldRoot); err != nil {
			fail("the tree of %d does not extend the earlier tree of %d: %v", size, oldSize, err)
		}
	}
	fmt.Printf("ok %s %d %s\n", lines[0], size, lines[2])
}
