"""Quality screens applied to generated samples before they are stored."""
