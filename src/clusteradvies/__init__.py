"""clusteradvies: advice for ICT cooperation between SMEs, from one research report."""

__version__ = "0.1.0"
