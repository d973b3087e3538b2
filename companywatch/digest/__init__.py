"""The digest: compose (pure) -> render (text, HTML, Markdown, JSON); delivery is in mailer.

Submodules: :mod:`.stories` (story identity), :mod:`.topics` (topic rules), :mod:`.compose`,
:mod:`.render`. Import them directly: this package imports nothing itself, so a poll's worker
processes that need only story keys do not load Jinja2.
"""
