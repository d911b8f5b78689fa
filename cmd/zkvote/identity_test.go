package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// field returns the value of a "key: value" line of output.
func field(t *testing.T, out, key string) string {
	t.Helper()
	for line := range strings.Lines(out) {
		if v, ok := strings.CutPrefix(line, key+": "); ok {
			return strings.TrimSpace(v)
		}
	}
	require.Failf(t, "missing output line", "no %q in %q", key, out)
	return ""
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

func TestIdentityEncrypted(t *testing.T) {
	t.Setenv(passphraseEnv, "") // the test gives the passphrase itself
	dir := t.TempDir()
	ks := filepath.Join(dir, "id.json")
	pass := writeFile(t, dir, "pass", "s3cret words\n")

	r := zkvote(t, "identity", "new", "--out", ks, "--passphrase-file", pass)
	require.Equal(t, exitOK, r.code, r.stderr)
	commitment := field(t, r.stdout, "commitment")
	require.Equal(t, "yes", field(t, r.stdout, "encrypted"))

	id, err := client.LoadIdentity(ks, []byte("s3cret words"))
	require.NoError(t, err, "the trailing newline of the passphrase file is not part of it")
	require.Equal(t, fieldhex.Encode(id.Commitment()), commitment)
	secret := fieldhex.Encode(id.Secret())

	r = zkvote(t, "identity", "show", ks)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, commitment, field(t, r.stdout, "commitment"))
	require.Equal(t, "yes", field(t, r.stdout, "encrypted"))
	require.True(t, strings.HasPrefix(field(t, r.stdout, "verified"), "no ("), r.stdout)
	require.NotContains(t, r.stdout, "passphrase:")

	r = zkvote(t, "identity", "show", ks, "--passphrase-file", pass)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, "correct", field(t, r.stdout, "passphrase"))
	require.True(t, strings.HasPrefix(field(t, r.stdout, "verified"), "yes ("), r.stdout)
	require.NotContains(t, r.stdout+r.stderr, secret[2:])

	wrong := writeFile(t, dir, "wrong", "s3cret word\n")
	r = zkvote(t, "identity", "show", ks, "--passphrase-file", wrong)
	requireFailure(t, r, exitFailure, "wrong passphrase", "or the keystore file was altered")
	require.Empty(t, r.stdout)
}

// TestIdentityShowTampered edits the commitment of a keystore: without the
// passphrase show prints it as unverified; with it, show refuses the file,
// saying it may have been altered (encrypted) or was altered (plain).
func TestIdentityShowTampered(t *testing.T) {
	t.Setenv(passphraseEnv, "")
	dir := t.TempDir()
	pass := writeFile(t, dir, "pass", "s3cret words\n")
	other := commitmentOf(t, filepath.Join(dir, "other.json"))
	for _, encrypted := range []bool{true, false} {
		ks := filepath.Join(dir, fmt.Sprintf("id-%v.json", encrypted))
		args := []string{"identity", "new", "--out", ks, "--no-passphrase"}
		if encrypted {
			args[len(args)-1] = "--passphrase-file=" + pass
		}
		r := zkvote(t, args...)
		require.Equal(t, exitOK, r.code, r.stderr)
		data, err := os.ReadFile(ks)
		require.NoError(t, err)
		commitment := field(t, r.stdout, "commitment")
		require.Contains(t, string(data), commitment)
		require.NoError(t, os.WriteFile(ks, []byte(strings.Replace(string(data), commitment, other, 1)), 0o600))

		if encrypted {
			r = zkvote(t, "identity", "show", ks)
			require.Equal(t, exitOK, r.code, r.stderr)
			require.Equal(t, other, field(t, r.stdout, "commitment"))
			require.True(t, strings.HasPrefix(field(t, r.stdout, "verified"), "no"), r.stdout)
			r = zkvote(t, "identity", "show", ks, "--passphrase-file", pass)
			requireFailure(t, r, exitFailure, ks, "wrong passphrase", "or the keystore file was altered")
		} else {
			r = zkvote(t, "identity", "show", ks)
			requireFailure(t, r, exitFailure, ks, "keystore file was altered", other)
			require.NotContains(t, r.stderr, "passphrase")
		}
		require.Empty(t, r.stdout)
	}
}

func TestIdentityUnencrypted(t *testing.T) {
	t.Setenv(passphraseEnv, "")
	ks := filepath.Join(t.TempDir(), "id.json")
	r := zkvote(t, "identity", "new", "--out", ks, "--no-passphrase")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, "no", field(t, r.stdout, "encrypted"))
	require.Contains(t, r.stderr, "not encrypted")

	info, err := os.Stat(ks)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), info.Mode().Perm())

	id, err := client.LoadIdentity(ks, nil)
	require.NoError(t, err)
	r = zkvote(t, "identity", "show", ks)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, fieldhex.Encode(id.Commitment()), field(t, r.stdout, "commitment"))
	require.Equal(t, "no", field(t, r.stdout, "encrypted"))
	require.True(t, strings.HasPrefix(field(t, r.stdout, "verified"), "yes"), r.stdout)
	require.NotContains(t, r.stdout, fieldhex.Encode(id.Secret())[2:])
}

func TestIdentityNewKeepsExistingFile(t *testing.T) {
	ks := filepath.Join(t.TempDir(), "id.json")
	first := zkvote(t, "identity", "new", "--out", ks, "--no-passphrase")
	require.Equal(t, exitOK, first.code)

	r := zkvote(t, "identity", "new", "--out", ks, "--no-passphrase")
	requireFailure(t, r, exitFailure, "already exists", "--force")
	show := zkvote(t, "identity", "show", ks)
	require.Equal(t, field(t, first.stdout, "commitment"), field(t, show.stdout, "commitment"))

	r = zkvote(t, "identity", "new", "--out", ks, "--no-passphrase", "--force")
	require.Equal(t, exitOK, r.code, r.stderr)
	show = zkvote(t, "identity", "show", ks)
	require.NotEqual(t, field(t, first.stdout, "commitment"), field(t, show.stdout, "commitment"))
	require.Equal(t, field(t, r.stdout, "commitment"), field(t, show.stdout, "commitment"))
}

func TestIdentityNewNeedsAPassphraseSource(t *testing.T) {
	ks := filepath.Join(t.TempDir(), "id.json")
	r := zkvoteWith(t, nil, "identity", "new", "--out", ks)
	requireFailure(t, r, exitUsage, "not a terminal", "--passphrase-file", "ZKVOTE_PASSPHRASE", "--no-passphrase")
	require.NoFileExists(t, ks)
}

func TestIdentityPassphraseFromEnvironment(t *testing.T) {
	ks := filepath.Join(t.TempDir(), "id.json")
	env := map[string]string{passphraseEnv: "from the environment"}
	r := zkvoteWith(t, env, "identity", "new", "--out", ks)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, "yes", field(t, r.stdout, "encrypted"))

	_, err := client.LoadIdentity(ks, []byte("from the environment"))
	require.NoError(t, err)

	env[passphraseEnv] = "something else"
	r = zkvoteWith(t, env, "identity", "show", ks)
	requireFailure(t, r, exitFailure, "wrong passphrase")
}

func TestIdentityErrors(t *testing.T) {
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty", "\n")
	notKeystore := writeFile(t, dir, "list.csv", "commitment,weight\n")
	cases := map[string]struct {
		args []string
		msg  string
	}{
		"empty passphrase file":   {[]string{"identity", "new", "--out", filepath.Join(dir, "a.json"), "--passphrase-file", empty}, "is empty"},
		"missing passphrase file": {[]string{"identity", "new", "--out", filepath.Join(dir, "b.json"), "--passphrase-file", filepath.Join(dir, "none")}, "no such file"},
		"missing directory":       {[]string{"identity", "new", "--out", filepath.Join(dir, "no", "c.json"), "--no-passphrase"}, "no such file"},
		"missing keystore":        {[]string{"identity", "show", filepath.Join(dir, "none.json")}, "no such file"},
		"not a keystore":          {[]string{"identity", "show", notKeystore}, "malformed keystore"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			requireFailure(t, zkvote(t, tc.args...), exitFailure, tc.msg)
		})
	}
}
