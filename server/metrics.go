package server

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the server's Prometheus metrics, in a registry of its own so
// that several servers can live in one process.
type metrics struct {
	registry  *prometheus.Registry
	requests  *prometheus.CounterVec
	duration  *prometheus.HistogramVec
	inFlight  prometheus.Gauge
	articles  *prometheus.CounterVec
	bytes     prometheus.Counter
	modelLoad prometheus.Gauge
}

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "depeche_http_requests_total",
			Help: "HTTP requests answered, by route and status (499: the client left first).",
		}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "depeche_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by route.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16), // 1 ms to 33 s
		}, []string{"route"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "depeche_http_requests_in_flight",
			Help: "HTTP requests being answered.",
		}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "depeche_articles_total",
			Help: "Articles processed, by outcome: analysed, or failed (an error answer or error record).",
		}, []string{"outcome"}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "depeche_article_bytes_total",
			Help: "Bytes of article text (or HTML) analysed.",
		}),
		modelLoad: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "depeche_model_load_seconds",
			Help: "Time from the server's start to its models being loaded; 0 until then.",
		}),
	}
	m.registry.MustRegister(m.requests, m.duration, m.inFlight, m.articles, m.bytes, m.modelLoad,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// article counts one article of n bytes analysed.
func (m *metrics) article(n int) {
	m.articles.WithLabelValues("analysed").Inc()
	m.bytes.Add(float64(n))
}

// failed counts one article that could not be analysed.
func (m *metrics) failed() { m.articles.WithLabelValues("failed").Inc() }
