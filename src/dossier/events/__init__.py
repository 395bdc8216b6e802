"""The events stage: code sentences into PLOVER/CAMEO events with actors, status, attribution, place and date."""
