"""The Coordination page: mechanisms, members and meetings."""
