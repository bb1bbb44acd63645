"""The ground floor: what the stages know about the Swedish language and Swedish places, with no I/O
beyond their own data files. Every stage may import it; it imports no stage."""
