package clientcfg

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

const saveSrc = `{"mcpServers": {"a": {"command": "x", "args": ["1"]}}}`

func TestSaveKeepsPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	path, f := writeConfig(t, saveSrc, ClientCursor)
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Wrap(WrapOptions{Shield: "/s"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + BackupSuffix} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != 0o640 {
			t.Errorf("%s mode %v; want 0640", filepath.Base(p), got)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 2 {
		t.Errorf("directory holds %d files; want the config and its backup, no temporary file", len(entries))
	}
}

func TestSaveBackupOnce(t *testing.T) {
	path, f := writeConfig(t, saveSrc, ClientCursor)
	if _, err := f.Wrap(WrapOptions{Shield: "/s"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	// A server is added, and wrapped by a second run: the backup still
	// holds the very first content.
	wrapped := readBytes(t, path)
	added := strings.Replace(string(wrapped), `"mcpServers": {`, `"mcpServers": {"b": {"command": "y"}, `, 1)
	if err := os.WriteFile(path, []byte(added), 0o600); err != nil {
		t.Fatal(err)
	}
	f = mustLoad(t, path, ClientCursor)
	res, err := f.Wrap(WrapOptions{Shield: "/s"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changed) != 1 || res.Changed[0] != "b" {
		t.Errorf("changed %q; want b", res.Changed)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if got := string(readBytes(t, path+BackupSuffix)); got != saveSrc {
		t.Errorf("backup %s; want the original %s", got, saveSrc)
	}
}

func TestSaveUnchangedWritesNothing(t *testing.T) {
	path, f := writeConfig(t, `{"mcpServers": {"h": {"url": "https://h.example/mcp"}}}`, ClientCursor)
	if _, err := f.Wrap(WrapOptions{Shield: "/s"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + BackupSuffix); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("backup written for an unchanged file (stat: %v)", err)
	}
}

func TestSaveDetectsConcurrentChange(t *testing.T) {
	path, f := writeConfig(t, saveSrc, ClientCursor)
	if _, err := f.Wrap(WrapOptions{Shield: "/s"}); err != nil {
		t.Fatal(err)
	}
	other := `{"mcpServers": {}, "written": "by the client"}`
	if err := os.WriteFile(path, []byte(other), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); !errors.Is(err, ErrChanged) {
		t.Fatalf("Save: %v; want ErrChanged", err)
	}
	if got := string(readBytes(t, path)); got != other {
		t.Errorf("file %s; want the client's write kept", got)
	}
	if _, err := os.Stat(path + BackupSuffix); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("backup written despite the refusal (stat: %v)", err)
	}
}

func TestSaveThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "dotfiles", "mcp.json")
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte(saveSrc), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "mcp.json")
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	f := mustLoad(t, link, ClientCursor)
	if _, err := f.Wrap(WrapOptions{Shield: "/s"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced (%v, %v)", fi.Mode(), err)
	}
	if !strings.Contains(string(readBytes(t, real)), `"command": "/s"`) {
		t.Errorf("target not wrapped: %s", readBytes(t, real))
	}
}

func TestRestore(t *testing.T) {
	path, f := writeConfig(t, saveSrc, ClientCursor)
	if err := Restore(path); !errors.Is(err, ErrNoBackup) {
		t.Errorf("Restore without a backup: %v; want ErrNoBackup", err)
	}
	if _, err := f.Wrap(WrapOptions{Shield: "/s"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if err := Restore(path); err != nil {
		t.Fatal(err)
	}
	if got := string(readBytes(t, path)); got != saveSrc {
		t.Errorf("restored %s; want %s", got, saveSrc)
	}
	if _, err := os.Stat(path + BackupSuffix); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("backup still there after Restore (stat: %v)", err)
	}
}
