"""Acquisition, file validation and text recognition (Qt-free); filled by later issues."""
