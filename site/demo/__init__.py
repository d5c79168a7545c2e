"""Demo content for `manage.py load_demo_content`: Finnish pages, models and lists drawn from the seeds."""
