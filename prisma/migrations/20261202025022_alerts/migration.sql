-- CreateEnum
CREATE TYPE "alert_frequency" AS ENUM ('daily', 'weekly');

-- CreateEnum
CREATE TYPE "alert_status" AS ENUM ('pending', 'active', 'paused', 'unsubscribed');

-- CreateTable
CREATE TABLE "alert_subscriptions" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "frequency" "alert_frequency" NOT NULL,
    "query" JSONB NOT NULL,
    "status" "alert_status" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "watermark" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "alert_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_suppressions" (
    "email" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_suppressions_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "alert_digests" (
    "id" UUID NOT NULL,
    "alert_id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "opening_count" INTEGER NOT NULL,
    "message_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_digests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_sent_openings" (
    "alert_id" UUID NOT NULL,
    "opening_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_sent_openings_pkey" PRIMARY KEY ("alert_id","opening_id")
);

-- CreateIndex
CREATE INDEX "alert_subscriptions_email_idx" ON "alert_subscriptions"("email");

-- CreateIndex
CREATE INDEX "alert_subscriptions_status_frequency_idx" ON "alert_subscriptions"("status", "frequency");

-- CreateIndex
CREATE INDEX "alert_digests_created_at_idx" ON "alert_digests"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "alert_digests_alert_id_period_key" ON "alert_digests"("alert_id", "period");

-- AddForeignKey
ALTER TABLE "alert_digests" ADD CONSTRAINT "alert_digests_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alert_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_sent_openings" ADD CONSTRAINT "alert_sent_openings_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alert_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
