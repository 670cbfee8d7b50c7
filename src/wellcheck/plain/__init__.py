"""Plain mode: the questions line by line on stdin/stdout, for screen readers and scripts."""
