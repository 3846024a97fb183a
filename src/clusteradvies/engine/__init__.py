"""Inference: the knowledge compiled into experta, and a plain-Python twin that checks it."""
