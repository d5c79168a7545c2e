"""Commands: `load_demo_content` fills a development database with the Finnish demo site."""
