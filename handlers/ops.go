package handlers

// metricsDocs declares the Prometheus endpoint: the framework's own metrics.
func (s *Server) metricsDocs() []ResourceDoc {
	return []ResourceDoc{{
		OperationID: "OBPv5.1.0-getMetrics",
		Verb:        "GET",
		Path:        "/metrics",
		Summary:     "Prometheus metrics",
		Description: "Request counts and latency by operation id and status, plus Go runtime and process " +
			"metrics, in the Prometheus text format.",
		Tags:        []string{"Operations"},
		RawResponse: true,
		Handle:      s.metrics.handle,
	}}
}
