"""The roles stage of the event coder: who does an act to whom, where and about what.

Rules read the dependency parse (`reading`: source, target, location and issue of a trigger; `doers`: the grammar
of who does a verb or a noun act; the modules beside them each decide one kind of side), the story fills sides a
sentence leaves to it (`context`), and a learned model (`model`, trained by `training`) fills or replaces sides
the rules leave empty or get wrong. The lists the rules read are data in `data/`, the model file in `model/`.
"""
