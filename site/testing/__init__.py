"""Builders of content and workspace objects shared by the tests, the benchmarks and the load test."""
