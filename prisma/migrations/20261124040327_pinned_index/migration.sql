-- CreateIndex
CREATE INDEX "Post_pinned_createdAt_idx" ON "Post"("pinned", "createdAt" DESC);
