// Package server is the coordinator's gRPC edge: it serves the zkvote.v1
// VoterService and AdminService over the coordinator.Service, maps domain
// errors to status codes (never leaking internals), and adds one
// interceptor per concern — panic recovery, per-IP rate limiting, request
// deadlines, admin authentication, and structured logging — plus the gRPC
// health and reflection services. Run wires it all to a listener and stops
// it in stages on cancellation: stop intake, drain in-flight calls, flush
// storage.
package server
