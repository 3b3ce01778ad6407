#!/usr/bin/env python3
"""Mechanical checks for heldout21: keys, label strings present in the text, regions, weekdays (scripts/heldout_check.py)."""
import os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE] + sys.argv[1:]
runpy.run_path(os.path.join(HERE, '..', '..', 'scripts', 'heldout_check.py'), run_name='__main__')
