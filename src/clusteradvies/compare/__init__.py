"""Two assessments of one collaboration over time: what improved, what got worse."""
