"""Several partners' answers on one collaboration: their shared diagnosis and where they differ."""
