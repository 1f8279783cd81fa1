"""Test and benchmark scaffolding: a loopback teacher, fault injection, keys, tiny training inputs."""
