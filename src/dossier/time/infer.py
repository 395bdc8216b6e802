"""infer_published(text): PLACEHOLDER replaced below."""


def infer_published(text):
    return None
