// The source of the targets that own the precompiled headers (cmake/pch_*.h, DISKDESK_PCH).
