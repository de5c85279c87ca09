package clientcfg

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Changed reports whether the File differs from what was read.
func (f *File) Changed() bool { return !bytes.Equal(f.cur, f.orig) }

// Bytes returns the file's current content, edits included. The caller
// must not modify it.
func (f *File) Bytes() []byte { return f.cur }

// Save writes the edited file. When Wrap changed it, Save first writes the
// content as read to <path>.mcpshield-backup, with the file's permissions;
// a backup already there is never replaced, so it keeps the user's
// original. The file itself is replaced atomically (a temporary
// file in the same directory, renamed over it, same permissions); a
// symlinked path is written through to its target. If the file on disk no
// longer holds what was read, Save writes nothing and returns ErrChanged.
// A File that is not changed is not written.
//
// After an Unwrap that leaves nothing wrapped, Save also removes the backup:
// it has done its job, and a stale one would hand an old URL to a later
// Unwrap.
func (f *File) Save() error {
	dirty := f.Changed()
	dropBackup := f.unwrapped && !f.anyWrapped()
	if !dirty && !dropBackup {
		return nil
	}
	if dirty {
		target, err := filepath.EvalSymlinks(f.Path)
		if err != nil {
			return fmt.Errorf("saving %s: %w", f.Path, err)
		}
		info, err := os.Stat(target)
		if err != nil {
			return fmt.Errorf("saving %s: %w", f.Path, err)
		}
		disk, err := readFile(target)
		if err != nil {
			return fmt.Errorf("saving %s: %w", f.Path, err)
		}
		if !bytes.Equal(disk, f.orig) {
			return fmt.Errorf("saving %s: %w; run the command again", f.Path, ErrChanged)
		}
		perm := info.Mode().Perm()
		if f.wrapped {
			if err := writeBackup(f.Path+BackupSuffix, f.orig, perm); err != nil {
				return fmt.Errorf("saving %s: %w", f.Path, err)
			}
		}
		if err := writeAtomic(target, f.cur, perm); err != nil {
			return fmt.Errorf("saving %s: %w", f.Path, err)
		}
		f.orig, f.wrapped = f.cur, false
	}
	if dropBackup {
		if err := os.Remove(f.Path + BackupSuffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("removing the backup of %s: %w", f.Path, err)
		}
		f.unwrapped = false
	}
	return nil
}

func (f *File) anyWrapped() bool {
	for _, e := range f.Entries {
		if e.Wrapped {
			return true
		}
	}
	return false
}

// Restore copies the backup of the config file at path back over it, then
// removes the backup: the blunt alternative to Unwrap, which also drops
// every change made since the backup was written. ErrNoBackup if there is
// none.
func Restore(path string) error {
	bpath := path + BackupSuffix
	data, err := readFile(bpath)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("restoring %s: %w at %s", path, ErrNoBackup, bpath)
	}
	if err != nil {
		return fmt.Errorf("restoring %s: %w", path, err)
	}
	target, err := filepath.EvalSymlinks(path)
	if errors.Is(err, fs.ErrNotExist) {
		target, err = path, nil
	}
	if err != nil {
		return fmt.Errorf("restoring %s: %w", path, err)
	}
	info, err := os.Stat(target)
	if errors.Is(err, fs.ErrNotExist) {
		info, err = os.Stat(bpath)
	}
	if err != nil {
		return fmt.Errorf("restoring %s: %w", path, err)
	}
	if err := writeAtomic(target, data, info.Mode().Perm()); err != nil {
		return fmt.Errorf("restoring %s: %w", path, err)
	}
	if err := os.Remove(bpath); err != nil {
		return fmt.Errorf("restoring %s: removing the backup: %w", path, err)
	}
	return nil
}

// writeBackup writes data to path unless a file is already there.
func writeBackup(path string, data []byte, perm fs.FileMode) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("writing backup: %w", err)
	}
	_, err = fh.Write(data)
	if err == nil {
		err = fh.Sync()
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("writing backup: %w", err)
	}
	return nil
}

// writeAtomic replaces path with data: written to a temporary file in the
// same directory, synced, given perm, and renamed over path, so a reader
// sees the old file or the new one, never a part.
func writeAtomic(path string, data []byte, perm fs.FileMode) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".mcpshield-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
