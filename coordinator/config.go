package coordinator

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

// Config configures a coordinator. Start from Defaults.
type Config struct {
	// Listen is the gRPC address.
	Listen string `json:"listen"`
	// DataDir holds the store, the keys and the admin token.
	DataDir string `json:"data_dir"`
	// KeysDir holds the verifying (and proving) keys of the circuits.
	KeysDir string `json:"keys_dir"`
	// MaxRequestBytes bounds a request's size.
	MaxRequestBytes int `json:"max_request_bytes"`
	// RequestTimeout bounds every call that does not set a shorter deadline.
	RequestTimeout Duration `json:"request_timeout"`
	// RatePerIP and RateBurst limit calls per client IP (token bucket).
	RatePerIP float64 `json:"rate_per_ip"`
	RateBurst int     `json:"rate_burst"`
	// ShutdownGrace is how long in-flight calls may take after SIGTERM.
	ShutdownGrace Duration `json:"shutdown_grace"`
	// LogFormat is "text" or "json".
	LogFormat string `json:"log_format"`
	// TLSCertFile and TLSKeyFile (PEM) turn on TLS; without them the
	// server speaks plaintext gRPC (keep it on localhost or behind a TLS
	// proxy: the admin token would otherwise cross the network in clear).
	TLSCertFile string `json:"tls_cert_file,omitempty"`
	TLSKeyFile  string `json:"tls_key_file,omitempty"`
	// ChainRPC is the JSON-RPC node (http(s)://, ws(s):// or an IPC path)
	// the coordinator reads polls' Poll contracts from, for the on-chain
	// voting path; empty: it reads no chain, and takes no poll created
	// with a contract.
	ChainRPC string `json:"chain_rpc,omitempty"`
	// ChainPoll is how often it looks for new on-chain entries (default 5s).
	ChainPoll Duration `json:"chain_poll,omitempty"`
	// ChainConfirmations is how many blocks below the head it reads Poll
	// contracts at: an entry a reorganisation could still drop must never
	// be logged (the result would not settle). 0 reads the head (a dev
	// chain); on a public chain take its finality depth (64 on Ethereum's
	// mainnet, about two epochs).
	ChainConfirmations uint64 `json:"chain_confirmations,omitempty"`
}

// Duration is a time.Duration written as "30s" in JSON.
type Duration time.Duration

// MarshalJSON writes the duration as a string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads "30s"-style durations.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// Defaults returns a configuration for a single machine.
func Defaults() Config {
	return Config{
		Listen:          "127.0.0.1:7070",
		DataDir:         "zkvote-data",
		MaxRequestBytes: 64 << 10,
		RequestTimeout:  Duration(30 * time.Second),
		RatePerIP:       200,
		RateBurst:       400,
		ShutdownGrace:   Duration(10 * time.Second),
		LogFormat:       "text",
	}
}

// LoadConfig reads a JSON configuration over the defaults.
func LoadConfig(path string) (Config, error) {
	c := Defaults()
	data, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	return c, c.Validate()
}

// Validate checks the configuration.
func (c Config) Validate() error {
	switch {
	case c.DataDir == "":
		return fmt.Errorf("config: data_dir is empty")
	case c.MaxRequestBytes < 4<<10:
		return fmt.Errorf("config: max_request_bytes %d is below 4096 (a join+vote is ~2 KiB)", c.MaxRequestBytes)
	case c.RequestTimeout <= 0 || c.ShutdownGrace < 0:
		return fmt.Errorf("config: timeouts must be positive")
	case c.RatePerIP <= 0 || c.RateBurst < 1:
		return fmt.Errorf("config: rate limits must be positive")
	case (c.TLSCertFile == "") != (c.TLSKeyFile == ""):
		return fmt.Errorf("config: tls_cert_file and tls_key_file go together")
	case c.LogFormat != "text" && c.LogFormat != "json":
		return fmt.Errorf("config: log_format %q (want text or json)", c.LogFormat)
	}
	return nil
}
